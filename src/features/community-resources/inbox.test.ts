import { describe, expect, it } from 'vitest'
import { filterCommunityResources, mergeCommunityResources } from './inbox'
import type { CommunityResource } from './types'

const cr = (id: string, created_at: string, extra: Partial<CommunityResource> = {}) =>
  ({
    id,
    title: id,
    description: null,
    filetype: 'remote',
    format: 'csv',
    filesize: null,
    mime: null,
    url: `https://example.org/${id}.csv`,
    created_at,
    last_modified: created_at,
    extras: {},
    dataset: { id: 'd1', title: 'D1' },
    organization: null,
    owner: { id: 'u1' },
    ...extra,
  }) satisfies CommunityResource

describe('community resources inbox', () => {
  it('merges per-dataset answers newest first, without the organization’s own, each once', () => {
    const a = cr('a', '2026-01-01T00:00:00+00:00')
    const b = cr('b', '2026-03-01T00:00:00+00:00', { dataset: { id: 'd2', title: 'D2' } })
    const own = cr('own', '2026-04-01T00:00:00+00:00', {
      organization: { id: 'org', name: 'Org' },
    })
    const merged = mergeCommunityResources(
      [
        { dataset_id: 'd1', resources: [a, own] },
        { dataset_id: 'd2', resources: [b] },
        { dataset_id: 'd1', resources: [a] },
      ],
      'org',
    )
    expect(merged.map((r) => r.id)).toEqual(['b', 'a'])
  })

  it('filters by review state and dataset', () => {
    const items = [
      cr('a', '2026-01-01T00:00:00+00:00'),
      cr('b', '2026-01-02T00:00:00+00:00', { dataset: { id: 'd2', title: 'D2' } }),
    ]
    const reviewed = new Set(['a'])
    expect(
      filterCommunityResources(items, { unreviewed: true, dataset: '' }, reviewed).map((r) => r.id),
    ).toEqual(['b'])
    expect(
      filterCommunityResources(items, { unreviewed: false, dataset: 'd1' }, reviewed).map(
        (r) => r.id,
      ),
    ).toEqual(['a'])
  })
})
