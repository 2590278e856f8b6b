// The quality object follows the dataset's own fields (udata-api-admin.md §6.5), and the seed
// holds every kind of finding the health page reports.
import { describe, expect, it } from 'vitest'
import { datasetQuality } from './quality.ts'
import { emptyResource } from './resource-form.ts'
import { generateSeed } from './seed/index.ts'
import { generateResources } from './seed/resources.ts'
import type { DatasetDoc, ResourceDoc } from './types.ts'

const NOW = Date.UTC(2026, 9, 1)
const DAY = 86_400_000

function dataset(changes: Partial<DatasetDoc> = {}): DatasetDoc {
  const { state } = generateSeed(3, 'small')
  return { ...(state.datasets[0] as DatasetDoc), ...changes }
}

function resource(changes: Partial<ResourceDoc>): ResourceDoc {
  return {
    ...emptyResource('r', 'remote', '2026-01-01T00:00:00+00:00'),
    title: 'r',
    format: 'csv',
    url: 'https://example.org/r.csv',
    ...changes,
  }
}

describe('dataset quality', () => {
  it('scores nine criteria from the fields, in ninths', () => {
    const q = datasetQuality(
      dataset({
        license: null,
        description: 'court',
        frequency: 'monthly',
        last_update: new Date(NOW - 40 * DAY).toISOString(),
        temporal_coverage: null,
        spatial: null,
      }),
      [resource({ format: 'pdf', extras: { 'check:available': false } })],
      NOW,
    )
    expect(q).toMatchObject({
      license: false,
      dataset_description_quality: false,
      update_frequency: true,
      update_fulfilled_in_time: false,
      temporal_coverage: false,
      spatial: false,
      has_resources: true,
      has_open_format: false,
      all_resources_available: false,
      resources_documentation: false,
    })
    expect(q.score).toBeCloseTo(1 / 9)
  })

  it('counts only remote resources for availability, and never-checked ones as available', () => {
    const q = datasetQuality(
      dataset(),
      [
        resource({ filetype: 'file', extras: { 'check:available': false } }),
        resource({ extras: {} }),
      ],
      NOW,
    )
    expect(q.all_resources_available).toBe(true)
  })

  it('has no timeliness criterion without a frequency, and no resource criteria without resources', () => {
    const q = datasetQuality(dataset({ frequency: 'unknown' }), [], NOW)
    expect(q).not.toHaveProperty('update_fulfilled_in_time')
    expect(q).not.toHaveProperty('all_resources_available')
    expect(q.has_resources).toBe(false)
  })
})

describe('health data in the seed', () => {
  it('has broken, timed-out, refused and unchecked resources, stale and thin datasets', () => {
    const { state } = generateSeed(1, 'full')
    const big = state.organizations[0]?.id
    const datasets = state.datasets.filter((d) => d.organization === big)
    const resources = datasets.flatMap((d) =>
      d.lazy_resources ? generateResources(d, d.lazy_resources.count, d.lazy_resources.seed) : [],
    )
    const extras = resources.map((r) => r.extras)
    expect(extras.some((e) => e['check:status'] === 404)).toBe(true)
    expect(extras.some((e) => e['check:timeout'] === true && e['check:available'] === false)).toBe(
      true,
    )
    expect(extras.some((e) => e['check:available'] === false && !('check:status' in e))).toBe(true)
    expect(extras.some((e) => !('check:available' in e))).toBe(true)
    const late = datasets.filter(
      (d) => d.frequency_date !== null && Date.parse(d.frequency_date) < state.clock,
    )
    expect(late.length).toBeGreaterThan(0)
    expect(datasets.some((d) => d.description.length <= 100)).toBe(true)
    const unanswered = state.discussions.filter(
      (d) => d.closed === null && d.messages.every((m) => m.posted_by_organization === null),
    )
    expect(unanswered.length).toBeGreaterThan(0)
  })
})
