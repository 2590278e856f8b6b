import { checkTag } from '@/api/tags'

/** A tag udata would accept once slugified (3 to 96 characters). */
export function isValidTag(tag: string): boolean {
  return checkTag(tag).problem === null
}

/** "a, b; c" typed in one go becomes three tags. */
export function splitTagInput(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
}
