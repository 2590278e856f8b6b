import type { DatasetV2 } from '@/features/datasets/types'

let counter = 0

/**
 * A v2-shaped dataset with sensible defaults, for the tests of pure functions (plans, CSV,
 * operations, the journal). Tests that call the API create theirs in the sandbox instead
 * (bulk-sandbox.test-helper.ts).
 */
export function makeDataset(overrides: Partial<DatasetV2> = {}): DatasetV2 {
  counter += 1
  const id = overrides.id ?? `ds${String(counter).padStart(22, '0')}`
  return {
    id,
    title: `Dataset ${counter}`,
    acronym: null,
    slug: `dataset-${counter}`,
    description: `Description of dataset ${counter}`,
    description_short: null,
    tags: ['transport'],
    license: 'lov2',
    frequency: 'monthly',
    frequency_date: null,
    temporal_coverage: { start: '2020-01-01', end: '2020-12-31' },
    spatial: { zones: ['fr:region:76'], granularity: 'fr:region' },
    private: false,
    archived: null,
    deleted: null,
    created_at: '2024-01-01T00:00:00+00:00',
    last_modified: '2024-01-01T00:00:00+00:00',
    last_update: '2024-01-01T00:00:00+00:00',
    organization: null,
    owner: null,
    badges: [],
    extras: {},
    harvest: null,
    contact_points: [],
    uri: `http://sandbox.test/api/1/datasets/${id}/`,
    page: `http://sandbox.test/datasets/${id}/`,
    permissions: { edit: true, delete: true },
    resources: { rel: 'subsection', href: '', type: 'GET', total: 0 },
    ...overrides,
  }
}
