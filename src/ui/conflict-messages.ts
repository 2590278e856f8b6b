import { defineMessages } from '@/i18n/messages'

export const conflictMessages = defineMessages(
  {
    tableCaption: 'Champs modifiés : valeur à l’ouverture, sur le serveur et la vôtre',
    field: 'Champ',
    loaded: 'À l’ouverture',
    server: 'Sur le serveur maintenant',
    mine: 'Votre valeur',
    actions: 'Actions',
    keep: 'Garder la mienne',
    take: 'Prendre celle du serveur',
    choice: (field: string) => `Valeur à garder pour ${field}`,
    save: 'Enregistrer avec ces choix',
    keepAllMine: 'Garder mes valeurs et enregistrer',
    takeAllServer: 'Reprendre les valeurs du serveur',
    cancel: 'Revenir au formulaire',
    reload: 'Abandonner mes modifications et recharger',
  },
  () => import('./conflict-messages.en'),
)
