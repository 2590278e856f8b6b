import { defineMessages } from '@/i18n/messages'

const fr = {
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
}

/** The shape the English catalogue (./conflict-messages.en.ts) must match. */
export type Messages = typeof fr

export const conflictMessages = defineMessages(fr, () => import('./conflict-messages.en'))
