import { describe, expect, it } from 'vitest'
import { toDatasetPut } from './dataset-payload'
import type { Dataset, DatasetV2 } from './types'

/** The dataset's writable fields that a PUT sends back as they are (spatial aside). */
const writable = {
  title: 'Catalogue',
  acronym: null,
  description: 'Le catalogue',
  description_short: null,
  tags: ['catalogue', 'open-data'],
  license: 'lov2',
  frequency: 'weekly',
  frequency_date: '2026-12-01T00:00:00+00:00',
  temporal_coverage: { start: '2020-01-01', end: '2024-12-31' },
  private: false,
  archived: null,
} satisfies Partial<Dataset>

const dataset: Dataset = {
  id: '5d13c1b0634f4118b7a2a1f1',
  slug: 'catalogue',
  ...writable,
  spatial: { zones: ['country:fr'], granularity: 'country', geom: null },
  deleted: null,
  created_at: '2019-06-26T19:17:42+00:00',
  last_modified: '2026-11-01T10:00:00+00:00',
  last_update: '2026-11-01T10:00:00+00:00',
  organization: { id: 'o1', name: 'Org', slug: 'org' },
  owner: null,
  badges: [],
  extras: { 'custom:x': 1 },
  harvest: null,
  contact_points: [{ id: 'c1', name: 'Contact', email: 'c@example.org', role: 'contact' }],
  uri: 'https://example.org/api/1/datasets/catalogue/',
  page: 'https://example.org/datasets/catalogue/',
  resources: [
    {
      id: 'r1',
      title: 'R',
      filetype: 'remote',
      type: 'main',
      format: 'csv',
      url: 'https://e.org/r.csv',
      last_modified: '2026-01-01',
    },
  ],
}

describe('toDatasetPut', () => {
  it('always sends tags and temporal coverage, never resources, organization or extras', () => {
    const body = toDatasetPut(dataset, { title: 'Nouveau titre' })
    expect(body.title).toBe('Nouveau titre')
    expect(body.tags).toEqual(['catalogue', 'open-data'])
    expect(body.temporal_coverage).toEqual({ start: '2020-01-01', end: '2024-12-31' })
    expect(body).not.toHaveProperty('resources')
    expect(body).not.toHaveProperty('organization')
    expect(body).not.toHaveProperty('owner')
    expect(body).not.toHaveProperty('extras')
    expect(body).not.toHaveProperty('contact_points')
    expect(body).not.toHaveProperty('deleted')
  })

  it('keeps every other writable field at its current value', () => {
    expect(toDatasetPut(dataset)).toEqual({
      ...writable,
      spatial: { zones: ['country:fr'], granularity: 'country' },
    })
  })

  it('turns full objects (v2 with X-Get-Datasets-Full-Objects) into ids', () => {
    const v2: DatasetV2 = {
      ...dataset,
      license: { id: 'odc-odbl', title: 'ODbL', url: null },
      frequency: { id: 'monthly', label: 'Mensuelle' },
      spatial: {
        zones: [{ id: 'fr:region:76', name: 'Occitanie' }],
        granularity: { id: 'fr:region', name: 'Région' },
      },
      resources: { rel: 'subsection', href: 'x', type: 'GET', total: 1 },
    }
    const body = toDatasetPut(v2)
    expect(body.license).toBe('odc-odbl')
    expect(body.frequency).toBe('monthly')
    expect(body.spatial).toEqual({ zones: ['fr:region:76'], granularity: 'fr:region' })
  })

  it('reads udata defaults when the license or frequency is missing', () => {
    const body = toDatasetPut({
      ...dataset,
      license: null,
      frequency: null,
      spatial: null,
      temporal_coverage: null,
    })
    expect(body.license).toBe('notspecified')
    expect(body.frequency).toBe('unknown')
    expect(body.spatial).toBeNull()
    expect(body.temporal_coverage).toBeNull()
  })

  it('sends contact points as ids, and an emptied list as null (udata keeps them on [])', () => {
    expect(toDatasetPut(dataset, { contact_points: ['c2', 'c3'] }).contact_points).toEqual([
      'c2',
      'c3',
    ])
    expect(toDatasetPut(dataset, { contact_points: [] }).contact_points).toBeNull()
    expect(toDatasetPut(dataset, { contact_points: null }).contact_points).toBeNull()
  })

  it('clears temporal coverage only when asked, and changes tags as a whole', () => {
    expect(toDatasetPut(dataset, { temporal_coverage: null }).temporal_coverage).toBeNull()
    expect(toDatasetPut(dataset, { tags: [] }).tags).toEqual([])
    expect(toDatasetPut(dataset, { tags: ['a-b-c'] }).tags).toEqual(['a-b-c'])
  })

  it('sends deleted: null only to restore, and extras only when changed', () => {
    expect(
      toDatasetPut({ ...dataset, deleted: '2026-11-02T00:00:00+00:00' }, { deleted: null }).deleted,
    ).toBeNull()
    expect(toDatasetPut(dataset, { extras: { a: 1 } }).extras).toEqual({ a: 1 })
  })

  it('archives and unarchives with a date or null, publishes with private', () => {
    expect(toDatasetPut(dataset, { archived: '2026-11-30T00:00:00.000Z' }).archived).toBe(
      '2026-11-30T00:00:00.000Z',
    )
    expect(
      toDatasetPut({ ...dataset, archived: '2026-11-30T00:00:00Z' }, { archived: null }).archived,
    ).toBeNull()
    expect(toDatasetPut(dataset, { private: true }).private).toBe(true)
  })

  it('sends the access fields back as read, so no PUT (form or bulk) resets them', () => {
    const restricted = {
      ...dataset,
      access_type: 'restricted' as const,
      access_audiences: [{ role: 'private' as const, condition: 'no' as const }],
      authorization_request_url: 'https://example.org/demande',
      access_type_reason_category: 'intellectual_property_rights',
      access_type_reason: null,
    }
    expect(toDatasetPut(restricted, { tags: ['x-y-z'] })).toMatchObject({
      access_type: 'restricted',
      access_audiences: [{ role: 'private', condition: 'no' }],
      authorization_request_url: 'https://example.org/demande',
      access_type_reason_category: 'intellectual_property_rights',
      access_type_reason: null,
    })
    // a masked or older answer without them: they stay absent, which udata keeps
    expect(toDatasetPut(dataset)).not.toHaveProperty('access_audiences')
  })

  it('does not mutate its inputs', () => {
    const changes = { tags: ['x-y-z'] }
    const body = toDatasetPut(dataset, changes)
    body.tags.push('mutated')
    expect(changes.tags).toEqual(['x-y-z'])
    expect(dataset.tags).toEqual(['catalogue', 'open-data'])
  })
})
