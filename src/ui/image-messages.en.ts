export default {
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
}
