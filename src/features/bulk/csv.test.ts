import { describe, expect, it } from 'vitest'
import { csvColumns, datasetsToCsv, parseCsv, readImport, type ImportReference } from './csv'
import { makeDataset } from './fake-bulk-api.test-helper'
import { buildPlan } from './plan'

const reference: ImportReference = {
  licenses: [
    { id: 'lov2', title: 'Licence Ouverte / Open Licence version 2.0' },
    { id: 'odc-odbl', title: 'Open Data Commons Open Database License (ODbL)' },
    { id: 'notspecified', title: 'License Not Specified' },
  ],
  frequencies: [
    { id: 'monthly', label: 'Mensuelle' },
    { id: 'daily', label: 'Quotidienne' },
    { id: 'unknown', label: 'Inconnue' },
  ],
  granularities: [
    { id: 'fr:region', name: 'Région' },
    { id: 'fr:commune', name: 'Commune' },
  ],
}

function editCell(csv: string, id: string, column: string, value: string): string {
  const parsed = parseCsv(csv)
  const index = parsed.header.indexOf(column)
  const lines = [parsed.header.join(';')]
  for (const record of parsed.records) {
    const cells = [...record.cells]
    if (cells[0] === id) cells[index] = value
    lines.push(
      cells.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(';'),
    )
  }
  return lines.join('\r\n')
}

describe('CSV export', () => {
  it('writes a BOM, stable columns, `;` cells, CRLF and RFC 4180 quoting', () => {
    const dataset = makeDataset({
      id: 'd1',
      title: 'Budget; "primitif" 2024',
      description_short: 'Line one\nline two',
      tags: ['finance', 'budget'],
      temporal_coverage: { start: '2024-01-01', end: null },
    })
    const csv = datasetsToCsv([dataset])
    expect(csv.startsWith('\uFEFFid;title;acronym;description_short;tags;license;frequency;')).toBe(
      true,
    )
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain(
      'd1;"Budget; ""primitif"" 2024";;"Line one\nline two";budget,finance;lov2;monthly;2024-01-01;;fr:region;false;;',
    )
  })

  it('round-trips: export, parse back, same cells', () => {
    const datasets = [
      makeDataset({ title: 'Quotes "and" ; separators, commas', acronym: 'Q' }),
      makeDataset({ description_short: 'Multi\r\nline', archived: '2025-01-01T00:00:00+00:00' }),
    ]
    const parsed = parseCsv(datasetsToCsv(datasets))
    expect(parsed.delimiter).toBe(';')
    expect(parsed.header).toEqual([...csvColumns])
    expect(parsed.records.map((record) => record.cells[1])).toEqual([
      'Quotes "and" ; separators, commas',
      datasets[1]!.title,
    ])
    expect(parsed.records[1]?.cells[3]).toBe('Multi\r\nline')
    // An unedited export changes nothing.
    const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]))
    const imported = readImport(datasetsToCsv(datasets), byId, reference)
    expect(imported.problems).toEqual([])
    const plan = buildPlan({ kind: 'import', file_name: 'x.csv', rows: imported.rows }, datasets)
    expect(plan.changed).toEqual([])
    expect(plan.unchanged).toHaveLength(2)
  })
})

describe('CSV import', () => {
  const a = makeDataset({
    id: 'a1',
    title: 'A',
    tags: ['env'],
    license: 'lov2',
    frequency: 'monthly',
  })
  const b = makeDataset({ id: 'b2', title: 'B', tags: [], license: 'lov2', frequency: 'monthly' })
  const byId = new Map([
    [a.id, a],
    [b.id, b],
  ])

  it('reads `,` files, CRLF, BOM and quoted cells, and turns edits into the same plan', () => {
    const csv =
      '\uFEFFid,title,tags,license,frequency\r\na1,"A, renamed","env; Water",odc-odbl,Quotidienne\r\nb2,B,,lov2,monthly\r\n'
    const imported = readImport(csv, byId, reference)
    expect(imported.problems).toEqual([])
    expect(imported.columns).toEqual(['id', 'title', 'tags', 'license', 'frequency'])
    const plan = buildPlan({ kind: 'import', file_name: 'x.csv', rows: imported.rows }, [a, b])
    expect(plan.changed).toEqual([
      expect.objectContaining({
        dataset_id: 'a1',
        touched: ['title', 'tags', 'license', 'frequency'],
        after: {
          title: 'A, renamed',
          tags: ['env', 'water'],
          license: 'odc-odbl',
          frequency: 'daily',
        },
      }),
    ])
  })

  it('only applies the columns present in the file', () => {
    const imported = readImport('id;frequency\na1;daily\n', byId, reference)
    expect(imported.rows).toEqual({ a1: { frequency: 'daily' } })
  })

  it('accepts French Excel dates and half coverages', () => {
    const imported = readImport(
      'id;temporal_start;temporal_end\na1;01/02/2020;\nb2;2021-03-04;31/12/2021\n',
      byId,
      reference,
    )
    expect(imported.problems).toEqual([])
    expect(imported.rows.a1?.temporal_coverage).toEqual({ start: '2020-02-01', end: null })
    expect(imported.rows.b2?.temporal_coverage).toEqual({ start: '2021-03-04', end: '2021-12-31' })
  })

  it('reports unknown ids, invalid values and malformed rows per line, and keeps the good rows', () => {
    const csv = [
      'id;title;license;frequency;private',
      'a1;A;lov2;sometimes;false',
      'zz;Z;lov2;monthly;false',
      'b2;B;odc-odbl;monthly;peut-être',
      'b2;B;lov2',
      ';X;lov2;monthly;false',
      'a1;A;nope;monthly;false',
    ].join('\n')
    const imported = readImport(csv, byId, reference)
    expect(imported.problems).toEqual([
      { line: 2, kind: 'invalid-value', id: 'a1', column: 'frequency', value: 'sometimes' },
      { line: 3, kind: 'unknown-id', id: 'zz' },
      { line: 4, kind: 'invalid-value', id: 'b2', column: 'private', value: 'peut-être' },
      { line: 5, kind: 'malformed', expected: 5, found: 3 },
      { line: 6, kind: 'missing-id' },
      { line: 7, kind: 'duplicate-id', id: 'a1' },
    ])
    expect(imported.rows).toEqual({})
  })

  it('reports a file without an id column, and an unclosed quote', () => {
    expect(readImport('title\nA\n', byId, reference).problems).toEqual([
      { line: 1, kind: 'missing-id-column' },
    ])
    const broken = readImport('id;title\na1;New\nb2;"never closed\n', byId, reference)
    expect(broken.rows).toEqual({ a1: { title: 'New' } })
    expect(broken.problems).toEqual([{ line: 3, kind: 'unterminated-quote' }])
  })

  it('survives an export edited in a spreadsheet (one cell changed)', () => {
    const csv = editCell(datasetsToCsv([a, b]), 'b2', 'tags', 'roads;bridges')
    const imported = readImport(csv, byId, reference)
    expect(imported.problems).toEqual([])
    const plan = buildPlan({ kind: 'import', file_name: 'x.csv', rows: imported.rows }, [a, b])
    expect(plan.changed.map((item) => [item.dataset_id, item.after])).toEqual([
      ['b2', { tags: ['bridges', 'roads'] }],
    ])
  })
})
