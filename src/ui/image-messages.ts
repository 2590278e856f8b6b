import { defineMessages } from '@/i18n/messages'

/** The image upload field's own words (image-upload-field.tsx); the caller names the image. */
export const imageMessages = defineMessages({
  fr: {
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
  en: {
    imageHint: 'Accepted formats: JPEG, PNG, WebP.',
    imageChoose: 'Choose an image',
    imageReplace: 'Replace the image',
    imagePreview: 'Preview of the chosen image',
    imageWrongType: (name: string, type: string) =>
      `“${name}” (${type || 'unknown type'}) is not an accepted image: choose a JPEG, PNG or WebP file.`,
    imageUpload: 'Upload the image',
    imageUploading: 'Uploading…',
    imageUploaded: 'Image saved.',
    noImage: 'No image.',
  },
})
