/** udata's tag bounds, checked after slugify (udata/core/tags, udata-api.md §5.1). */
export const minTagLength = 3
export const maxTagLength = 96

/** udata's slugify: accents stripped, lowercase, every run of other characters becomes '-'. */
export function slugifyTag(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export type TagCheck = { tag: string; problem: 'too-short' | 'too-long' | null }

/** What the server will store for `value`, and why it would refuse it. */
export function checkTag(value: string): TagCheck {
  const tag = slugifyTag(value)
  if (tag.length < minTagLength) return { tag, problem: 'too-short' }
  if (tag.length > maxTagLength) return { tag, problem: 'too-long' }
  return { tag, problem: null }
}

/**
 * The list as udata stores it: slugified, de-duplicated and sorted. A single string is split on
 * commas like the server does. Invalid entries are kept so the user sees the server's refusal
 * on the field rather than losing a tag silently.
 */
export function normalizeTags(values: readonly string[]): string[] {
  const tags = values
    .flatMap((value) => value.split(','))
    .map(slugifyTag)
    .filter((tag) => tag.length > 0)
  return [...new Set(tags)].sort()
}
