import { describe, expect, it } from 'vitest'
import {
  parseDiscussionListSearch,
  toDiscussionApiParams,
  toDiscussionListSearchParams,
} from './discussion-list-params'

describe('discussion list params', () => {
  it('defaults to open discussions and round-trips through the URL', () => {
    const search = parseDiscussionListSearch(new URLSearchParams('state=closed&q=bus&page=2'))
    expect(toDiscussionListSearchParams(search).toString()).toBe('state=closed&q=bus&page=2')
    expect(toDiscussionApiParams('o', search)).toEqual({
      org: 'o',
      closed: true,
      q: 'bus',
      sort: '-created',
      page: 2,
      page_size: 20,
    })
    const defaults = parseDiscussionListSearch(new URLSearchParams('state=weird&page=0'))
    expect(defaults).toEqual({ state: 'open', q: undefined, page: 1 })
    expect(toDiscussionApiParams('o', { ...defaults, state: 'all' })).not.toHaveProperty('closed')
  })

  it('parses without zod as zod did: trimmed text up to 200 characters, whole pages 1–100,000', () => {
    const parse = (query: string) => parseDiscussionListSearch(new URLSearchParams(query))
    expect(parse('q=%20bus%20&state=all&page=%203%20')).toEqual({ state: 'all', q: 'bus', page: 3 })
    expect(parse(`q=${'a'.repeat(201)}&page=1.5`)).toEqual({ state: 'open', q: undefined, page: 1 })
    expect(parse('q=%20&state=Closed&page=100001')).toEqual({
      state: 'open',
      q: undefined,
      page: 1,
    })
  })
})
