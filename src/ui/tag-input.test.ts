import { describe, expect, it } from 'vitest'
import { isValidTag, splitTagInput } from './tag-input'

describe('tags', () => {
  it('accepts what udata keeps after slugify (3 to 96 characters)', () => {
    expect(isValidTag('Santé Publique')).toBe(true)
    expect(isValidTag('ab')).toBe(false)
    expect(isValidTag('x'.repeat(97))).toBe(false)
  })
  it('splits typed input on commas and semicolons', () => {
    expect(splitTagInput('a, b ;c,,')).toEqual(['a', 'b', 'c'])
  })
})
