// udata tag normalisation (udata/forms/fields.py TagField + udata/tags.py):
// slugify(to_lower), de-duplicate, sort; each tag must be 3–96 characters after slugify.
import { slugify } from './util.ts'

export const tagMin = 3
export const tagMax = 96

export type TagResult = { tags: string[]; errors: string[] }

export function normalizeTags(input: unknown): TagResult {
  const raw: string[] = []
  if (typeof input === 'string') raw.push(...input.split(','))
  else if (Array.isArray(input)) {
    for (const item of input) if (typeof item === 'string') raw.push(item)
  }
  const errors: string[] = []
  const tags = new Set<string>()
  for (const value of raw) {
    const slug = slugify(value)
    if (!value.trim()) continue
    if (slug.length < tagMin || slug.length > tagMax) {
      errors.push(`Tag "${value}" must be between ${tagMin} and ${tagMax} characters long.`)
      continue
    }
    tags.add(slug)
  }
  return { tags: [...tags].sort(), errors }
}
