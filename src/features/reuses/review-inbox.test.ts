import { describe, expect, it } from 'vitest'
import pLimit from 'p-limit'
import { countNewOfOurs, filterInbox, mergeInbox } from './review-inbox'
import type { ReuseV2 } from './types'

function reuse(id: string, created_at: string, extra: Partial<ReuseV2> = {}): ReuseV2 {
  return {
    id,
    slug: id,
    title: `Reuse ${id}`,
    description: '',
    type: 'application',
    topic: 'health',
    url: `https://example.org/${id}`,
    tags: [],
    private: false,
    archived: null,
    deleted: null,
    image: null,
    organization: { id: 'other-org', name: 'Other' },
    owner: null,
    created_at,
    last_modified: created_at,
    datasets: { href: '', total: 1 },
    ...extra,
  }
}

describe('mergeInbox', () => {
  it('dedupes a reuse of several datasets, keeping every dataset it uses', () => {
    const shared = reuse('r1', '2026-01-01T00:00:00+00:00')
    const items = mergeInbox(
      [
        { dataset_id: 'd1', reuses: [shared] },
        { dataset_id: 'd2', reuses: [shared, reuse('r2', '2026-02-01T00:00:00+00:00')] },
      ],
      'my-org',
    )
    expect(items.map((item) => item.reuse.id)).toEqual(['r2', 'r1'])
    expect(items[1]?.dataset_ids).toEqual(['d1', 'd2'])
  })

  it('leaves out the organization’s own reuses and deleted ones', () => {
    const items = mergeInbox(
      [
        {
          dataset_id: 'd1',
          reuses: [
            reuse('own', '2026-01-01T00:00:00+00:00', {
              organization: { id: 'my-org', name: 'Me' },
            }),
            reuse('gone', '2026-01-02T00:00:00+00:00', { deleted: '2026-01-03T00:00:00+00:00' }),
            reuse('user', '2026-01-04T00:00:00+00:00', { organization: null, owner: { id: 'u' } }),
          ],
        },
      ],
      'my-org',
    )
    expect(items.map((item) => item.reuse.id)).toEqual(['user'])
  })

  it('sorts newest first, ties by id', () => {
    const items = mergeInbox(
      [
        {
          dataset_id: 'd',
          reuses: [
            reuse('b', '2026-01-01T00:00:00+00:00'),
            reuse('c', '2026-03-01T00:00:00+00:00'),
            reuse('a', '2026-01-01T00:00:00+00:00'),
          ],
        },
      ],
      'x',
    )
    expect(items.map((item) => item.reuse.id)).toEqual(['c', 'a', 'b'])
  })
})

describe('countNewOfOurs', () => {
  const recent = (
    id: string,
    org: string | null,
    datasets: string[],
    deleted: string | null = null,
  ) => ({
    id,
    created_at: '2026-05-01T00:00:00+00:00',
    deleted,
    organization: org ? { id: org } : null,
    datasets: datasets.map((dataset) => ({ id: dataset })),
  })
  it('counts others’ reuses of our reused datasets, not ours, not deleted, not of other data', () =>
    expect(
      countNewOfOurs(
        [
          recent('a', 'other', ['d1']),
          recent('b', null, ['x', 'd2']),
          recent('own', 'us', ['d1']),
          recent('gone', 'other', ['d1'], '2026-05-02T00:00:00+00:00'),
          recent('elsewhere', 'other', ['x']),
        ],
        new Set(['d1', 'd2']),
        'us',
      ),
    ).toBe(2))
})

describe('filterInbox', () => {
  const items = mergeInbox(
    [
      { dataset_id: 'd1', reuses: [reuse('a', '2026-01-01T00:00:00Z', { type: 'api' })] },
      {
        dataset_id: 'd2',
        reuses: [reuse('b', '2026-01-02T00:00:00Z', { topic: 'transport_and_mobility' })],
      },
    ],
    'x',
  )
  const none = { unreviewed: false, dataset: '', type: '', topic: '' }
  it('filters by reviewed state, dataset, type and topic', () => {
    expect(
      filterInbox(items, { ...none, unreviewed: true }, new Set(['a'])).map((i) => i.reuse.id),
    ).toEqual(['b'])
    expect(
      filterInbox(items, { ...none, dataset: 'd1' }, new Set()).map((i) => i.reuse.id),
    ).toEqual(['a'])
    expect(filterInbox(items, { ...none, type: 'api' }, new Set()).map((i) => i.reuse.id)).toEqual([
      'a',
    ])
    expect(
      filterInbox(items, { ...none, topic: 'transport_and_mobility' }, new Set()).map(
        (i) => i.reuse.id,
      ),
    ).toEqual(['b'])
  })
})

// The inbox's and the community list's per-dataset reads rely on these two properties.
describe('the per-dataset request limiter (p-limit)', () => {
  it('never runs more than `limit` tasks at once', async () => {
    const run = pLimit(2)
    let active = 0
    let peak = 0
    const task = async () => {
      active += 1
      peak = Math.max(peak, active)
      await new Promise((resolve) => setTimeout(resolve, 5))
      active -= 1
    }
    await Promise.all(Array.from({ length: 7 }, () => run(task)))
    expect(peak).toBe(2)
  })

  it('frees its slot when a task fails', async () => {
    const run = pLimit(1)
    await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await expect(run(() => Promise.resolve(3))).resolves.toBe(3)
  })
})

describe('normalizeReportReasons', () => {
  it('reads the list, map and id-keyed shapes alike', async () => {
    const { normalizeReportReasons } = await import('./queries')
    const expected = [{ value: 'spam', label: 'Spam' }]
    expect(normalizeReportReasons([{ value: 'spam', label: 'Spam' }])).toEqual(expected)
    expect(normalizeReportReasons({ spam: 'Spam' })).toEqual(expected)
    expect(normalizeReportReasons([{ id: 'spam', label: 'Spam' }])).toEqual(expected)
  })
})
