// The values a list's URL state holds, read by hand rather than with zod: the lists' loaders read
// the URL with these, and zod in their chunk held each list request until zod's 24 kB gzip had
// downloaded. Anything malformed falls back instead of failing: a shared link stays usable.

/** `?page=`: a whole page from 1 to 100,000, else 1. */
export function urlPage(value: string | null): number {
  const page = Number(value ?? 1)
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1
}

/** A free-text filter, trimmed, up to 200 characters; else none. */
export function urlText(value: string | null): string | undefined {
  const text = value?.trim() ?? ''
  return text && text.length <= 200 ? text : undefined
}

/** One of `choices` (compared as text: page sizes are numbers), else none. */
export function urlChoice<T extends string | number>(
  choices: readonly T[],
  value: string | null,
): T | undefined {
  return choices.find((choice) => String(choice) === value)
}
