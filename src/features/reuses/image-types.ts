/** udata accepts these only for reuse images (400 "Unsupported image format" otherwise). */
export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const

export function isAcceptedImage(file: Pick<File, 'type'>): boolean {
  return (acceptedImageTypes as readonly string[]).includes(file.type)
}
