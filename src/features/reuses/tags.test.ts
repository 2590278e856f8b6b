import { describe, expect, it } from 'vitest'
import { normalizeTags, splitTagInput } from './tags'

describe('tags', () => {
  it('slugifies, drops too short ones, dedupes and sorts like udata', () => {
    expect(
      normalizeTags(['Santé Publique', 'santé-publique', 'ab', 'Open Data!', 'x'.repeat(97)]),
    ).toEqual(['open-data', 'sante-publique'])
  })
  it('splits typed input on commas and semicolons', () => {
    expect(splitTagInput('a, b ;c,,')).toEqual(['a', 'b', 'c'])
  })
})
