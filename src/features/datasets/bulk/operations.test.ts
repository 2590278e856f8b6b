import { describe, expect, it } from 'vitest'
import { makeDataset } from './dataset-fixture.test-helper'
import { applyOperation } from './operations'

const now = '2026-01-01T00:00:00.000Z'

describe('applyOperation', () => {
  const dataset = makeDataset({
    title: 'Bus stops of Lyon',
    description: 'Bus stops, updated by Lyon every month. Lyon!',
    tags: ['bus', 'transport'],
    archived: null,
  })

  it('adds tags as udata stores them (slugified, deduplicated, sorted)', () => {
    expect(applyOperation({ kind: 'add-tags', tags: ['Open Data', 'bus'] }, dataset)).toEqual({
      touched: ['tags'],
      after: { tags: ['bus', 'open-data', 'transport'] },
    })
  })

  it('removes tags, whatever their spelling', () => {
    expect(applyOperation({ kind: 'remove-tags', tags: ['BUS'] }, dataset).after).toEqual({
      tags: ['transport'],
    })
  })

  it('replaces one tag by another, and leaves datasets without it alone', () => {
    expect(
      applyOperation({ kind: 'replace-tag', from: 'bus', to: 'Autobus' }, dataset).after,
    ).toEqual({
      tags: ['autobus', 'transport'],
    })
    expect(
      applyOperation({ kind: 'replace-tag', from: 'train', to: 'rail' }, dataset).after,
    ).toEqual({
      tags: ['bus', 'transport'],
    })
  })

  it('sets license, frequency, temporal coverage, granularity and contact point', () => {
    expect(applyOperation({ kind: 'set-license', license: 'odc-odbl' }, dataset).after).toEqual({
      license: 'odc-odbl',
    })
    expect(applyOperation({ kind: 'set-frequency', frequency: 'daily' }, dataset).after).toEqual({
      frequency: 'daily',
    })
    const coverage = { start: '2021-01-01', end: null }
    expect(
      applyOperation({ kind: 'set-temporal-coverage', temporal_coverage: coverage }, dataset).after,
    ).toEqual({ temporal_coverage: coverage })
    expect(
      applyOperation({ kind: 'set-spatial-granularity', granularity: 'fr:commune' }, dataset).after,
    ).toEqual({ spatial_granularity: 'fr:commune' })
    expect(
      applyOperation({ kind: 'set-contact-point', contact_point: 'c1' }, dataset).after,
    ).toEqual({ contact_points: ['c1'] })
    expect(
      applyOperation({ kind: 'set-contact-point', contact_point: null }, dataset).after,
    ).toEqual({
      contact_points: [],
    })
  })

  it('makes draft or public, archives with a date, unarchives', () => {
    expect(applyOperation({ kind: 'set-private', private: true }, dataset).after).toEqual({
      private: true,
    })
    expect(applyOperation({ kind: 'set-archived', archived: true }, dataset, now).after).toEqual({
      archived: now,
    })
    const archived = makeDataset({ archived: '2025-05-05T00:00:00+00:00' })
    expect(applyOperation({ kind: 'set-archived', archived: true }, archived, now).after).toEqual({
      archived: '2025-05-05T00:00:00+00:00',
    })
    expect(applyOperation({ kind: 'set-archived', archived: false }, archived).after).toEqual({
      archived: null,
    })
  })

  it('deletes and restores through the `deleted` state', () => {
    expect(applyOperation({ kind: 'delete' }, dataset, now)).toEqual({
      touched: ['deleted'],
      after: { deleted: now },
    })
    expect(applyOperation({ kind: 'restore' }, makeDataset({ deleted: now })).after).toEqual({
      deleted: null,
    })
  })

  it('finds and replaces literal text (every occurrence, no regex) in the chosen fields', () => {
    const result = applyOperation(
      {
        kind: 'find-replace',
        find: 'Lyon',
        replace: 'Lyon (69)',
        fields: ['title', 'description'],
      },
      dataset,
    )
    expect(result).toEqual({
      touched: ['title', 'description'],
      after: {
        title: 'Bus stops of Lyon (69)',
        description: 'Bus stops, updated by Lyon (69) every month. Lyon (69)!',
      },
    })
    const literal = makeDataset({ title: 'a.b (x)' })
    expect(
      applyOperation({ kind: 'find-replace', find: '.', replace: '-', fields: ['title'] }, literal)
        .after,
    ).toEqual({ title: 'a-b (x)' })
  })

  it('takes imported values per dataset id', () => {
    const operation = {
      kind: 'import' as const,
      file_name: 'x.csv',
      rows: { [dataset.id]: { title: 'New title' } },
    }
    expect(applyOperation(operation, dataset)).toEqual({
      touched: ['title'],
      after: { title: 'New title' },
    })
    expect(applyOperation(operation, makeDataset())).toEqual({ touched: [], after: {} })
  })
})
