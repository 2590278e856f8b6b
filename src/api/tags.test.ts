import { describe, expect, it } from 'vitest'
import { checkTag, normalizeTags, slugifyTag } from './tags'

describe('tag normalisation (as udata stores tags)', () => {
  it('slugifies: accents stripped, lowercase, other characters become dashes', () => {
    expect(slugifyTag('Open Data')).toBe('open-data')
    expect(slugifyTag('  Données Publiques! ')).toBe('donnees-publiques')
    expect(slugifyTag("l'eau__potable")).toBe('l-eau-potable')
    expect(slugifyTag('---')).toBe('')
  })

  it('checks the 3–96 character bounds after slugify', () => {
    expect(checkTag('ab')).toEqual({ tag: 'ab', problem: 'too-short' })
    expect(checkTag('a b')).toEqual({ tag: 'a-b', problem: null })
    expect(checkTag('x'.repeat(97)).problem).toBe('too-long')
    expect(checkTag('x'.repeat(96)).problem).toBeNull()
  })

  it('de-duplicates, sorts and splits on commas', () => {
    expect(normalizeTags(['Transport', 'transport', 'Air, Eau', 'énergie'])).toEqual([
      'air',
      'eau',
      'energie',
      'transport',
    ])
  })
})
