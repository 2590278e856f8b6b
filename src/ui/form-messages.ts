import { defineMessages } from '@/i18n/messages'

/** The words every edit form shares: its save bar, the leave prompt, tags and the preview. */
export const formMessages = defineMessages({
  fr: {
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
  en: {
    saving: 'Saving…',
    unsavedChanges: 'Unsaved changes',
    leaveTitle: 'Unsaved changes: leave without saving?',
    leaveBody: 'Your changes will be lost.',
    leave: 'Leave the page',
    stay: 'Stay',
    preview: 'Preview',
    emptyPreview: 'The description’s preview will show here.',
    fieldTags: 'Tags',
    fieldTagsHint:
      'Separate them with commas. They are saved in lower case, without accents, 3 to 96 characters long.',
    addTag: 'Add',
    removeTag: (tag: string) => `Remove tag ${tag}`,
    tagsNormalised: (tags: string) => `Will be saved as: ${tags}`,
    tagTooShort: (tag: string) => `“${tag}” is too short or too long (3 to 96 characters).`,
  },
})
