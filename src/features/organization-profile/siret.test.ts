import { describe, expect, it } from 'vitest'
import { normalizeSiret, siretProblem } from './siret'

describe('siretProblem', () => {
  it('follows udata: length, then digits, then Luhn on the SIREN', () => {
    expect(siretProblem('')).toBeNull()
    expect(siretProblem('123')).toBe('length')
    expect(siretProblem('7328293200007A')).toBe('digits')
    expect(siretProblem('11000000100017')).toBe('checksum')
    expect(siretProblem('73282932000074')).toBeNull()
  })

  it('strips spaces first and whitelists La Poste', () => {
    expect(normalizeSiret(' 732 829 320 00074 ')).toBe('73282932000074')
    expect(siretProblem('732 829 320 00074')).toBeNull()
    expect(siretProblem('356 000 000 00048')).toBeNull()
  })
})
