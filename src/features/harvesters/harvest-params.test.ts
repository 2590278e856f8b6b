import { describe, expect, it } from 'vitest'
import { parseItemStatus } from './item-status-search'
import { itemCounts } from './job-counts'
import { parseSourcesSearch } from './list-search'
import type { HarvestItem, HarvestJob } from './types'

describe('harvest URL state', () => {
  it('shows failed items unless another status (or all) is asked for', () => {
    expect(parseItemStatus(new URLSearchParams())).toBe('failed')
    expect(parseItemStatus(new URLSearchParams('status=done'))).toBe('done')
    expect(parseItemStatus(new URLSearchParams('status=all'))).toBeNull()
    expect(parseItemStatus(new URLSearchParams('status=bogus'))).toBe('failed')
  })

  it('reads the sources list state', () => {
    expect(parseSourcesSearch(new URLSearchParams())).toEqual({ withDeleted: false, page: 1 })
    expect(parseSourcesSearch(new URLSearchParams('deleted=1&page=3'))).toEqual({
      withDeleted: true,
      page: 3,
    })
    expect(parseSourcesSearch(new URLSearchParams('page=-2')).page).toBe(1)
  })
})

describe('job item counts', () => {
  const job = (items: HarvestJob['items']): HarvestJob => ({
    id: 'j',
    created: '2026-01-01T00:00:00+00:00',
    started: null,
    ended: null,
    status: 'done-errors',
    errors: [],
    items,
    source: null,
  })

  it('reads the link object of udata 17.x', () => {
    expect(itemCounts(job({ href: 'x', total: 5, by_status: { failed: 2, done: 3 } }))).toEqual({
      total: 5,
      by_status: { failed: 2, done: 3 },
    })
  })

  it('counts the items older instances embed', () => {
    const item = (status: HarvestItem['status']): HarvestItem => ({
      remote_id: status,
      remote_url: null,
      dataset: null,
      status,
      created: '2026-01-01T00:00:00+00:00',
      started: null,
      ended: null,
      errors: [],
    })
    expect(itemCounts(job([item('failed'), item('done'), item('failed')]))).toEqual({
      total: 3,
      by_status: { failed: 2, done: 1 },
    })
  })
})
