import { describe, expect, it } from 'vitest'
import { enPlural, formatNumber, frPlural } from './numbers'

describe('formatNumber', () => {
  const samples = [0, 7, 42, 999, 1000, 1234, 12_345, 999_999, 1_000_000, 123_456_789, -1234, -5]

  it.each(samples)('writes %d as Intl does, in French and in English', (n) => {
    expect(formatNumber(n, 'fr')).toBe(n.toLocaleString('fr-FR'))
    expect(formatNumber(n, 'en')).toBe(n.toLocaleString('en-GB'))
  })

  it('leaves fractions to Intl', () => {
    expect(formatNumber(1234.5, 'fr')).toBe((1234.5).toLocaleString('fr-FR'))
    expect(formatNumber(0.25, 'en')).toBe('0.25')
  })
})

describe('plurals', () => {
  it('French takes the singular up to 1, English only for 1', () => {
    expect([0, 1, 2].map((n) => frPlural(n, 'jeu', 'jeux'))).toEqual(['0 jeu', '1 jeu', '2 jeux'])
    expect([0, 1, 2].map((n) => enPlural(n, 'file', 'files'))).toEqual([
      '0 files',
      '1 file',
      '2 files',
    ])
    expect(frPlural(12_345, 'jeu', 'jeux')).toBe('12\u202f345 jeux')
  })
})
