import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseCsv, readCsvFile } from '@/csv/parse'
import { csvText, type CsvDelimiter } from '@/csv/write'
import type { DatasetV2 } from '@/features/datasets/types'
import { csvColumns, datasetRows, readImport, type ImportReference } from './csv'
import { makeDataset } from './dataset-fixture.test-helper'
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

const fixture = (name: string) =>
  readFileSync(`${import.meta.dirname}/../../../csv/fixtures/${name}`)

function importText(text: string, datasets: readonly DatasetV2[]) {
  const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]))
  return readImport(parseCsv(text), byId, reference, '2026-01-01T00:00:00.000Z')
}

function planOf(imported: ReturnType<typeof importText>, datasets: readonly DatasetV2[]) {
  return buildPlan({ kind: 'import', file_name: 'x.csv', rows: imported.rows }, datasets)
}

describe('CSV export', () => {
  it('writes stable columns and one row per dataset', () => {
    const dataset = makeDataset({
      id: 'd1',
      title: 'Budget; "primitif" 2024',
      description_short: 'Line one\nline two',
      tags: ['finance', 'budget'],
      temporal_coverage: { start: '2024-01-01', end: null },
      page: 'https://example.org/d1',
    })
    const [header, row] = datasetRows([dataset])
    expect(header).toEqual([...csvColumns])
    expect(row).toEqual([
      'd1',
      'Budget; "primitif" 2024',
      '',
      'Line one\nline two',
      'budget,finance',
      'lov2',
      'monthly',
      '2024-01-01',
      '',
      'fr:region',
      'false',
      '',
      '2024-01-01T00:00:00+00:00',
      'https://example.org/d1',
    ])
  })
})

describe('CSV round trip', () => {
  const tricky = [
    makeDataset({ title: 'Quotes "and" ; separators, commas', acronym: 'Q' }),
    makeDataset({ description_short: 'Multi\r\nline', archived: '2025-01-01T00:00:00+00:00' }),
    makeDataset({ title: '- Budget annexe', tags: ['budget', 'annexe'], private: true }),
    makeDataset({ title: '=1+1', acronym: '@home', description_short: '+33 1 23 45 67 89' }),
    makeDataset({ title: '\'=HYPERLINK("x")', description_short: "'- quoted already" }),
    makeDataset({ title: '\tTabbed', temporal_coverage: null, spatial: null }),
  ]

  it.each([';', ',', '\t'] as const)(
    'an unedited export (delimiter %j) imports as a plan with no change',
    (delimiter: CsvDelimiter) => {
      const imported = importText(csvText(datasetRows(tricky), delimiter), tricky)
      expect(imported.problems).toEqual([])
      expect(imported.row_count).toBe(tricky.length)
      const plan = planOf(imported, tricky)
      expect(plan.changed).toEqual([])
      expect(plan.unchanged).toHaveLength(tricky.length)
    },
  )

  it('writes no cell a spreadsheet would run, and reads each back as it was', () => {
    const text = csvText(datasetRows(tricky), ';')
    // The cells as a spreadsheet sees them, before the console's own reading restores them.
    const cells = Papa.parse<string[]>(text, { delimiter: ';' }).data.flat()
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    expect(text).toContain(";'- Budget annexe;")
    expect(text).toContain(';"\'\'=HYPERLINK(""x"")";')
    const imported = importText(text, tricky)
    expect(Object.values(imported.rows).map((values) => values.title)).toEqual(
      tricky.map((dataset) => dataset.title),
    )
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
  const draft = makeDataset({ id: 'c3', title: 'C', private: true, acronym: 'C3' })

  it('reads a French Excel export: labels, VRAI/FAUX, jj/mm/aaaa, multi-line cells, (vide)', async () => {
    const budget = makeDataset({
      id: '5f0c1d2e3a4b5c6d7e8f9a01',
      title: 'Budget primitif 2024',
      tags: ['budget'],
      temporal_coverage: { start: '2024-01-01', end: '2024-12-31' },
    })
    const air = makeDataset({
      id: '5f0c1d2e3a4b5c6d7e8f9a02',
      title: 'Qualité de l’air',
      tags: ['air'],
      private: true,
      temporal_coverage: { start: '2023-06-21', end: '2023-09-22' },
    })
    const orders = makeDataset({
      id: '5f0c1d2e3a4b5c6d7e8f9a03',
      title: 'Arrêtés de circulation',
      private: true,
    })
    const datasets = [budget, air, orders]
    const file = await readCsvFile(new Blob([fixture('excel-fr-utf8.csv')]))
    const imported = readImport(
      file,
      new Map(datasets.map((dataset) => [dataset.id, dataset])),
      reference,
    )
    expect(imported.problems).toEqual([])
    const plan = planOf(imported, datasets)
    expect(plan.changed.map((item) => [item.dataset_id, item.after])).toEqual([
      [
        budget.id,
        {
          title: 'Budget primitif 2024 – Ville de Lyon',
          acronym: 'BP',
          description_short: 'Première ligne\ndeuxième ligne ; avec « guillemets » et "doubles"',
          tags: ['budget', 'finances'],
          spatial_granularity: 'fr:commune',
        },
      ],
      [
        air.id,
        {
          title: 'Qualité de l’air ; été 2023',
          tags: ['air', 'pollution'],
          license: 'odc-odbl',
          frequency: 'daily',
          temporal_coverage: { start: '2023-06-21', end: null },
        },
      ],
    ])
    // The third row is all blanks but its id: nothing changes, and the draft stays a draft.
    expect(plan.unchanged.map((item) => item.dataset_id)).toEqual([orders.id])
  })

  it('reads a Windows-1252 file into the same values as its UTF-8 twin', async () => {
    const dataset = makeDataset({ id: '5f0c1d2e3a4b5c6d7e8f9a01', tags: ['air'] })
    const file = await readCsvFile(new Blob([fixture('excel-fr-windows-1252.csv')]))
    const imported = readImport(file, new Map([[dataset.id, dataset]]), reference)
    expect(imported.problems).toEqual([])
    expect(imported.columns).toEqual(['id', 'title', 'description_short', 'tags'])
    expect(imported.rows[dataset.id]?.tags).toEqual(['air', 'sante'])
    expect(imported.rows[dataset.id]?.title).toMatch(/^Qualité de l.air . Île-de-France$/)
  })

  it('leaves a field unchanged when its cell is blank: a blank `private` keeps a draft a draft', () => {
    const imported = importText(
      'id;title;acronym;tags;license;frequency;private;archived;temporal_start;temporal_end\n' +
        'c3;;;;;;;;;\n',
      [draft],
    )
    expect(imported.problems).toEqual([])
    expect(imported.rows).toEqual({ c3: {} })
    expect(planOf(imported, [draft]).changed).toEqual([])
  })

  it('clears a field with (vide) or (empty), in any case, and refuses it where a value is required', () => {
    const imported = importText(
      [
        'id;acronym;tags;license;frequency;spatial_granularity;temporal_end;archived',
        'a1;(vide);(EMPTY);(vide);(Vide);(empty);(vide);(vide)',
        'id;title;private',
      ].join('\n'),
      [a],
    )
    expect(imported.rows.a1).toEqual({
      acronym: null,
      tags: [],
      license: 'notspecified',
      frequency: 'unknown',
      spatial_granularity: null,
      temporal_coverage: { start: '2020-01-01', end: null },
      archived: null,
    })
    const refused = importText('id;title;private\na1;(vide);(empty)\n', [a])
    expect(refused.rows).toEqual({})
    expect(refused.problems).toEqual([
      { row: 2, kind: 'cannot-clear', id: 'a1', column: 'title' },
      { row: 2, kind: 'cannot-clear', id: 'a1', column: 'private' },
    ])
  })

  it('clearing the start of a coverage clears the coverage, unless an end is given', () => {
    expect(importText('id;temporal_start\na1;(vide)\n', [a]).rows.a1).toEqual({
      temporal_coverage: null,
    })
    expect(importText('id;temporal_start;temporal_end\na1;(vide);2021\n', [a]).problems).toEqual([
      {
        row: 2,
        kind: 'invalid-date',
        id: 'a1',
        column: 'temporal_end',
        value: '2021',
        reason: 'format',
      },
    ])
    expect(
      importText('id;temporal_start;temporal_end\na1;(vide);31/12/2021\n', [a]).problems,
    ).toEqual([{ row: 2, kind: 'coverage-end-without-start', id: 'a1' }])
    expect(importText('id;temporal_end\na1;01/01/2019\n', [a]).problems).toEqual([
      { row: 2, kind: 'coverage-end-before-start', id: 'a1' },
    ])
  })

  it('accepts ISO and jj/mm/aaaa dates, and keeps the other bound of a half coverage', () => {
    const imported = importText(
      'id;temporal_start;temporal_end\na1;01/02/2020;\nb2;2021-03-04;31/12/2021\n',
      [a, b],
    )
    expect(imported.problems).toEqual([])
    expect(imported.rows.a1?.temporal_coverage).toEqual({ start: '2020-02-01', end: '2020-12-31' })
    expect(imported.rows.b2?.temporal_coverage).toEqual({ start: '2021-03-04', end: '2021-12-31' })
  })

  it('refuses, on its row, a month-first, impossible or two-digit-year date: nothing is guessed', () => {
    const imported = importText(
      'id;temporal_start;archived\na1;12/31/2020;\nb2;31/02/2024;\nc3;01/02/24;\n',
      [a, b, draft],
    )
    expect(imported.rows).toEqual({})
    expect(imported.problems).toEqual([
      {
        row: 2,
        kind: 'invalid-date',
        id: 'a1',
        column: 'temporal_start',
        value: '12/31/2020',
        reason: 'month-first',
      },
      {
        row: 3,
        kind: 'invalid-date',
        id: 'b2',
        column: 'temporal_start',
        value: '31/02/2024',
        reason: 'no-such-day',
      },
      {
        row: 4,
        kind: 'invalid-date',
        id: 'c3',
        column: 'temporal_start',
        value: '01/02/24',
        reason: 'format',
      },
    ])
    expect(importText('id;archived\na1;30/02/2025\n', [a]).problems).toEqual([
      {
        row: 2,
        kind: 'invalid-date',
        id: 'a1',
        column: 'archived',
        value: '30/02/2025',
        reason: 'no-such-day',
      },
    ])
  })

  it('archives with true or a date, keeping the date of an already archived dataset', () => {
    const archived = makeDataset({ id: 'z9', archived: '2024-05-05T10:00:00+00:00' })
    const imported = importText('id;archived\na1;15/03/2025\nb2;oui\nz9;VRAI\n', [a, b, archived])
    expect(imported.rows).toEqual({
      a1: { archived: '2025-03-15T00:00:00+00:00' },
      b2: { archived: '2026-01-01T00:00:00.000Z' },
      z9: { archived: '2024-05-05T10:00:00+00:00' },
    })
    expect(importText('id;archived\na1;peut-être\n', [a]).problems).toEqual([
      { row: 2, kind: 'invalid-value', id: 'a1', column: 'archived', value: 'peut-être' },
    ])
  })

  it('reads `,` files and turns edits into the plan', () => {
    const imported = importText(
      'id,title,tags,license,frequency\r\na1,"A, renamed","env; Water",odc-odbl,Quotidienne\r\nb2,B,,lov2,monthly\r\n',
      [a, b],
    )
    expect(imported.problems).toEqual([])
    expect(imported.columns).toEqual(['id', 'title', 'tags', 'license', 'frequency'])
    expect(planOf(imported, [a, b]).changed).toEqual([
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
    expect(importText('id;frequency\na1;daily\n', [a]).rows).toEqual({ a1: { frequency: 'daily' } })
  })

  it('reports unknown ids, invalid values and malformed rows by row, and keeps the good rows', () => {
    const csv = [
      'id;title;license;frequency;private',
      'a1;A;lov2;sometimes;false',
      'zz;Z;lov2;monthly;false',
      'b2;B;odc-odbl;monthly;peut-être',
      'b2;B;lov2',
      ';X;lov2;monthly;false',
      'a1;A;nope;monthly;false',
      'c3;C renamed;;;',
    ].join('\n')
    const imported = importText(csv, [a, b, draft])
    expect(imported.problems).toEqual([
      { row: 2, kind: 'invalid-value', id: 'a1', column: 'frequency', value: 'sometimes' },
      { row: 3, kind: 'unknown-id', id: 'zz' },
      { row: 4, kind: 'invalid-value', id: 'b2', column: 'private', value: 'peut-être' },
      { row: 5, kind: 'malformed', expected: 5, found: 3 },
      { row: 6, kind: 'missing-id' },
      { row: 7, kind: 'duplicate-id', id: 'a1' },
    ])
    expect(imported.rows).toEqual({ c3: { title: 'C renamed' } })
  })

  it('reports a file without an id column, and an unclosed quote', () => {
    expect(importText('title\nA\n', [a]).problems).toEqual([{ row: 1, kind: 'missing-id-column' }])
    const broken = importText('id;title\na1;New\nb2;"never closed\n', [a, b])
    expect(broken.rows).toEqual({ a1: { title: 'New' } })
    expect(broken.problems).toEqual([{ row: 3, kind: 'unterminated-quote' }])
    expect(broken.row_count).toBe(2)
  })
})
