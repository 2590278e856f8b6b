/** udata accepts only these for reuse images and organization logos (400 "Unsupported image format" otherwise). */
export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const

export function isAcceptedImage(file: Pick<File, 'type'>): boolean {
  return (acceptedImageTypes as readonly string[]).includes(file.type)
}
