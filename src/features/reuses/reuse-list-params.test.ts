import { describe, expect, it } from 'vitest'
import {
  parseReuseListSearch,
  toReuseApiParams,
  toReuseListSearchParams,
} from './reuse-list-params'

describe('reuse list params', () => {
  it('round-trips through the URL, dropping defaults and junk', () => {
    const search = parseReuseListSearch(
      new URLSearchParams('q=bus&type=api&status=draft&sort=title&page=3&junk=1'),
    )
    expect(search).toEqual({
      q: 'bus',
      type: 'api',
      topic: undefined,
      status: 'draft',
      sort: 'title',
      page: 3,
    })
    expect(toReuseListSearchParams(search).toString()).toBe(
      'q=bus&type=api&status=draft&sort=title&page=3',
    )
    expect(parseReuseListSearch(new URLSearchParams('status=nope&sort=evil&page=-2'))).toEqual({
      q: undefined,
      type: undefined,
      topic: undefined,
      status: undefined,
      sort: '-created',
      page: 1,
    })
  })

  it('maps draft and public to udata’s private filter; archived/deleted stay client-side', () => {
    const base = parseReuseListSearch(new URLSearchParams())
    expect(toReuseApiParams('o', { ...base, status: 'draft' }).private).toBe(true)
    expect(toReuseApiParams('o', { ...base, status: 'public' }).private).toBe(false)
    expect(toReuseApiParams('o', { ...base, status: 'deleted' })).not.toHaveProperty('private')
    expect(toReuseApiParams('o', base)).toEqual({
      organization: 'o',
      sort: '-created',
      page: 1,
      page_size: 20,
    })
  })

  it('parses without zod as zod did: trimmed text up to 200 characters, whole pages 1–100,000', () => {
    const parse = (query: string) => parseReuseListSearch(new URLSearchParams(query))
    expect(parse(`q=%20%20bus%20&type=%20&topic=${'a'.repeat(201)}`)).toMatchObject({
      q: 'bus',
      type: undefined,
      topic: undefined,
    })
    expect(parse(`topic=${'a'.repeat(200)}`).topic).toHaveLength(200)
    for (const page of ['0', '1.5', '100001', 'abc', '']) expect(parse(`page=${page}`).page).toBe(1)
    expect(parse('page=100000').page).toBe(100_000)
    expect(parse('page=%207%20').page).toBe(7)
    expect(parse('status=Draft&sort=-title').status).toBeUndefined()
    expect(parse('status=archived&sort=-views')).toMatchObject({
      status: 'archived',
      sort: '-views',
    })
  })
})
