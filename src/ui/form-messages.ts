import { defineMessages } from '@/i18n/messages'

/** The words every edit form shares: its save bar, the leave prompt, tags and the preview. */
export const formMessages = defineMessages(
  {
    saving: 'Enregistrement…',
    unsavedChanges: 'Modifications non enregistrées',
    leaveTitle: 'Modifications non enregistrées : quitter sans enregistrer ?',
    leaveBody: 'Vos modifications seront perdues.',
    leave: 'Quitter la page',
    stay: 'Rester',
    preview: 'Aperçu',
    emptyPreview: 'L’aperçu de la description s’affichera ici.',
    fieldTags: 'Mots-clés',
    fieldTagsHint:
      'Séparez-les par des virgules. Ils sont enregistrés en minuscules, sans accents, de 3 à 96 caractères.',
    addTag: 'Ajouter',
    removeTag: (tag: string) => `Retirer le mot-clé ${tag}`,
    tagsNormalised: (tags: string) => `Sera enregistré ainsi : ${tags}`,
    tagTooShort: (tag: string) => `« ${tag} » est trop court ou trop long (3 à 96 caractères).`,
  },
  () => import('./form-messages.en'),
)
