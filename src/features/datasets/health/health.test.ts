import { afterEach, describe, expect, it, vi } from 'vitest'
import { signInAs, startSandbox } from '@/test/sandbox'
import { buildReport } from './analyse'
import { crawlOrganization } from './crawl'
import { changesSince, snapshotOf } from './report-store'
import type { HealthInput } from './types'

const now = Date.UTC(2026, 9, 1)
const day = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

function input(extra: Partial<HealthInput> = {}): HealthInput {
  return {
    datasets: [
      {
        id: 'd1',
        title: 'Stations',
        frequency: 'monthly',
        frequency_date: null,
        last_update: iso(now - 52 * day),
        quality: { score: 2 / 9, license: false, spatial: true, update_fulfilled_in_time: false },
        resources: [
          {
            id: 'r404',
            title: 'a',
            filetype: 'remote',
            url: 'u',
            extras: { 'check:available': false, 'check:status': 404 },
          },
          {
            id: 'rto',
            title: 'b',
            filetype: 'remote',
            url: 'u',
            extras: { 'check:available': false, 'check:timeout': true },
          },
          {
            id: 'rok',
            title: 'c',
            filetype: 'file',
            url: 'u',
            extras: { 'check:available': true, 'check:status': 200 },
          },
          { id: 'r429', title: 'd', filetype: 'remote', url: 'u', extras: { 'check:status': 429 } },
          { id: 'rnone', title: 'e', filetype: 'file', url: 'u', extras: {} },
        ],
      },
      {
        id: 'd2',
        title: 'Irregular',
        frequency: 'irregular',
        frequency_date: iso(now - 10 * day),
        last_update: iso(now - 900 * day),
        quality: { score: 1, license: true },
        resources: [],
      },
    ],
    discussions: [
      {
        id: 'q1',
        title: 'Open, answered after two days',
        subject: { class: 'Dataset', id: 'd1' },
        created: iso(now - 40 * day),
        closed: null,
        discussion: [
          { posted_on: iso(now - 40 * day), posted_by_organization: null },
          { posted_on: iso(now - 39 * day), posted_by_organization: null },
          { posted_on: iso(now - 38 * day), posted_by_organization: { id: 'org' } },
        ],
      },
      {
        id: 'q2',
        title: 'Open, unanswered',
        subject: { class: 'Dataset', id: 'd2' },
        created: iso(now - 3 * day),
        closed: null,
        discussion: [{ posted_on: iso(now - 3 * day), posted_by_organization: null }],
      },
    ],
    ...extra,
  }
}

describe('buildReport', () => {
  it('groups broken resources by dataset, and keeps 429s and never-checked ones apart', () => {
    const report = buildReport(input(), 'org', now)
    expect(report.broken_count).toBe(2)
    expect(report.broken[0]?.resources.map((r) => [r.resource_id, r.kind])).toEqual([
      ['r404', 'not-found'],
      ['rto', 'timeout'],
    ])
    expect(report.unchecked).toEqual({ file: 1, remote: 1 })
  })

  it('finds stale datasets by frequency or a passed frequency_date, with how late', () => {
    const report = buildReport(input(), 'org', now)
    expect(report.stale.map((s) => [s.dataset_id, s.days_late])).toEqual([
      ['d1', 21],
      ['d2', 10],
    ])
    expect(report.stale_by_lateness).toEqual([0, 2, 0, 0, 0])
  })

  it('counts failing criteria and the score distribution', () => {
    const report = buildReport(input(), 'org', now)
    expect(report.failing.license.map((f) => f.dataset_id)).toEqual(['d1'])
    expect(report.failing.update_fulfilled_in_time).toHaveLength(1)
    expect(report.failing.temporal_coverage).toHaveLength(0)
    expect(report.score_distribution).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 1])
  })

  it('measures open discussions, unanswered ones and the median first answer', () => {
    const report = buildReport(input(), 'org', now)
    expect(report.open_discussions.map((d) => d.id)).toEqual(['q1', 'q2'])
    expect(report.unanswered_count).toBe(1)
    expect(report.median_first_answer_days).toBe(2)
    expect(report.open_by_age).toEqual([1, 0, 1, 0, 0])
  })
})

describe('crawlOrganization', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reads the same organization the same way with embedded and paged resources', async () => {
    const sandbox = startSandbox()
    const admin = signInAs(sandbox, 'admin')
    const organization = admin.organization_id ?? ''
    const progress: number[] = []
    const embedded = await crawlOrganization(organization, {
      onProgress: (p) => progress.push(p.done / p.total),
    })
    const paged = await crawlOrganization(organization, { strategy: 'paged' })
    const ids = (data: HealthInput) =>
      data.datasets.map((d) => `${d.id}:${d.resources.map((r) => r.id).join(',')}`).sort()
    expect(embedded.datasets.length).toBeGreaterThan(40)
    expect(ids(paged)).toEqual(ids(embedded))
    expect(paged.discussions.length).toBe(embedded.discussions.length)
    expect(progress.at(-1)).toBe(1)
    const report = buildReport(embedded, organization, Date.now())
    expect(report.broken_count).toBeGreaterThan(0)
  })

  it('stops when cancelled', async () => {
    const sandbox = startSandbox()
    const admin = signInAs(sandbox, 'admin')
    const controller = new AbortController()
    const crawl = crawlOrganization(admin.organization_id ?? '', {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort()
      },
    })
    await expect(crawl).rejects.toThrow()
  })
})

describe('changesSince', () => {
  it('lists new and fixed broken links and late datasets between two reports', () => {
    const before = buildReport(input(), 'org', now)
    const base = input()
    const [first, second] = base.datasets
    if (!first || !second) throw new Error('fixture')
    const after = buildReport(
      {
        ...base,
        datasets: [
          {
            ...first,
            last_update: iso(now),
            resources: first.resources.map((r) =>
              r.id === 'r404'
                ? { ...r, extras: { 'check:available': true, 'check:status': 200 } }
                : r.id === 'rok'
                  ? { ...r, extras: { 'check:available': false, 'check:status': 500 } }
                  : r,
            ),
          },
          second,
        ],
      },
      'org',
      now,
    )
    const changes = changesSince(snapshotOf(before), after)
    expect(changes.new_broken.map((r) => r.id)).toEqual(['rok'])
    expect(changes.fixed_broken.map((r) => r.id)).toEqual(['r404'])
    expect(changes.fixed_stale.map((d) => d.id)).toEqual(['d1'])
    expect(changes.new_stale).toEqual([])
  })
})
