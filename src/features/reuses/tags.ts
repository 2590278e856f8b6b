/**
 * udata slugifies tags (lowercase, accents stripped, separators become `-`), keeps those of
 * 3 to 96 characters, dedupes and sorts them (udata#293). Normalising in the form shows the user
 * what will be saved instead of surprising them after the save.
 */
export const minTagLength = 3
export const maxTagLength = 96

export function slugifyTag(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function isValidTag(tag: string): boolean {
  const slug = slugifyTag(tag)
  return slug.length >= minTagLength && slug.length <= maxTagLength
}

export function normalizeTags(tags: readonly string[]): string[] {
  return [
    ...new Set(
      tags
        .map(slugifyTag)
        .filter((tag) => tag.length >= minTagLength && tag.length <= maxTagLength),
    ),
  ].sort()
}

/** "a, b; c" typed in one go becomes three tags. */
export function splitTagInput(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
}
