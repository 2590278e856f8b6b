import { describe, expect, it } from 'vitest'
import {
  countByStatus,
  matchesStatus,
  pageOf,
  parseDataserviceListSearch,
  toDataserviceListParams,
  toDataserviceListSearchParams,
} from './dataservice-list-params'
import type { Dataservice } from './types'

const item = (id: string, status: Partial<Dataservice>) =>
  ({ id, private: false, archived_at: null, deleted_at: null, ...status }) as Dataservice

const items = [
  item('a', {}),
  item('b', { private: true }),
  item('c', { archived_at: '2026-01-01' }),
  item('d', { deleted_at: '2026-01-01', private: true }),
]

describe('dataservice list state', () => {
  it('round-trips the URL and falls back on defaults', () => {
    const search = parseDataserviceListSearch(
      new URLSearchParams('q=air&status=draft&sort=title&page=2'),
    )
    expect(search).toEqual({ q: 'air', status: 'draft', sort: 'title', page: 2 })
    expect(toDataserviceListSearchParams(search).toString()).toBe(
      'q=air&status=draft&sort=title&page=2',
    )
    expect(parseDataserviceListSearch(new URLSearchParams('status=nope&sort=x&page=-1'))).toEqual({
      q: undefined,
      status: 'all',
      sort: '-created',
      page: 1,
    })
  })

  it('always asks udata for a sort (it has no default), never for a status', () => {
    const search = parseDataserviceListSearch(new URLSearchParams('status=archived'))
    expect(toDataserviceListParams('org', search)).toEqual({
      organization: 'org',
      sort: '-created',
    })
  })

  it('tells statuses from the fields; "all" leaves the bin out', () => {
    expect(items.filter((d) => matchesStatus(d, 'all')).map((d) => d.id)).toEqual(['a', 'b', 'c'])
    expect(items.filter((d) => matchesStatus(d, 'deleted')).map((d) => d.id)).toEqual(['d'])
    expect(countByStatus(items)).toEqual({ all: 3, public: 1, draft: 1, archived: 1, deleted: 1 })
  })

  it('pages the filtered list with udata’s envelope', () => {
    const many = Array.from({ length: 45 }, (_, i) => item(String(i), {}))
    const second = pageOf(many, 2)
    expect(second.data.map((d) => d.id)).toEqual(many.slice(20, 40).map((d) => d.id))
    expect(second.previous_page).not.toBeNull()
    expect(second.next_page).not.toBeNull()
    const past = pageOf(many, 9)
    expect(past.page).toBe(3)
    expect(past.next_page).toBeNull()
  })
})
