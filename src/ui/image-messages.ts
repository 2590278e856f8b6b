import { defineMessages } from '@/i18n/messages'

/** The image upload field's own words (image-upload-field.tsx); the caller names the image. */
export const imageMessages = defineMessages(
  {
    imageHint: 'Formats acceptés : JPEG, PNG, WebP.',
    imageChoose: 'Choisir une image',
    imageReplace: 'Remplacer l’image',
    imagePreview: 'Aperçu de l’image choisie',
    imageWrongType: (name: string, type: string) =>
      `« ${name} » (${type || 'type inconnu'}) n’est pas une image acceptée : choisissez un fichier JPEG, PNG ou WebP.`,
    imageUpload: 'Envoyer l’image',
    imageUploading: 'Envoi…',
    imageUploaded: 'Image enregistrée.',
    noImage: 'Pas d’image.',
  },
  () => import('./image-messages.en'),
)
