import { describe, expect, it } from 'vitest'
import { neutraliseFormula, restoreFormula } from './formula'

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23 45 67 89', "'+33 1 23 45 67 89"],
    ['-brouillon', "'-brouillon"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ["'=1+1", "''=1+1"],
    ["''-x", "'''-x"],
  ])('writes %j as %j, and reads it back', (value, written) => {
    expect(neutraliseFormula(value)).toBe(written)
    expect(restoreFormula(written)).toBe(value)
  })

  it.each(['', 'Budget', "'hello", "l'air", "'", "''", ' =1', '1-2', 'a=b'])(
    'leaves %j alone both ways',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value)
      expect(restoreFormula(value)).toBe(value)
    },
  )

  it('never writes a cell a spreadsheet would execute', () => {
    const starts = ['=', '+', '-', '@', '\t', '\r', "'", 'a', ' ']
    const values = starts.flatMap((a) => starts.flatMap((b) => starts.map((c) => a + b + c)))
    for (const value of values) {
      expect(neutraliseFormula(value)).not.toMatch(/^[=+\-@\t\r]/)
      expect(restoreFormula(neutraliseFormula(value))).toBe(value)
    }
  })

  it('reads back a cell whose quote the spreadsheet dropped on save', () => {
    // Excel and LibreOffice may keep `'=1+1` as the text `=1+1`: still the original value.
    expect(restoreFormula('=1+1')).toBe('=1+1')
  })
})
