import { describe, expect, it } from 'vitest'
import {
  parseDatasetListSearch,
  sameFilters,
  toDatasetListParams,
  toDatasetListSearchParams,
} from './dataset-list-params'

describe('dataset list URL state', () => {
  it('has defaults for an empty query string', () => {
    expect(parseDatasetListSearch(new URLSearchParams())).toEqual({
      status: 'all',
      q: undefined,
      tag: [],
      license: undefined,
      format: undefined,
      badge: undefined,
      sort: '-created',
      page: 1,
      page_size: 20,
    })
  })

  it('falls back per field on bad values instead of failing', () => {
    const search = parseDatasetListSearch(
      new URLSearchParams('status=bogus&sort=-nope&page=-3&page_size=33&q=%20eau%20'),
    )
    expect(search).toMatchObject({
      status: 'all',
      sort: '-created',
      page: 1,
      page_size: 20,
      q: 'eau',
    })
  })

  it('reads repeated tags, statuses and sorts', () => {
    const search = parseDatasetListSearch(
      new URLSearchParams(
        'status=draft&tag=a-b&tag=c-d&tag=a-b&sort=-views&page=3&page_size=50&license=lov2',
      ),
    )
    expect(search).toMatchObject({
      status: 'draft',
      tag: ['a-b', 'c-d'],
      sort: '-views',
      page: 3,
      page_size: 50,
      license: 'lov2',
    })
  })

  it('round-trips, leaving defaults out of the URL', () => {
    const query =
      'status=archived&q=eau&tag=x-y-z&format=csv&badge=hvd&sort=title&page=2&page_size=100'
    const search = parseDatasetListSearch(new URLSearchParams(query))
    expect(toDatasetListSearchParams(search).toString()).toBe(query)
    expect(
      toDatasetListSearchParams(parseDatasetListSearch(new URLSearchParams())).toString(),
    ).toBe('')
  })

  it('maps statuses to udata flags that do not overlap', () => {
    const search = parseDatasetListSearch(new URLSearchParams('q=eau&tag=a-b'))
    expect(toDatasetListParams('org', search)).toEqual({
      organization: 'org',
      deleted: false,
      q: 'eau',
      tag: ['a-b'],
      sort: '-created',
      page: 1,
      page_size: 20,
    })
    expect(toDatasetListParams('org', search, 'public')).toMatchObject({
      private: false,
      archived: false,
      deleted: false,
    })
    expect(toDatasetListParams('org', search, 'draft')).toMatchObject({
      private: true,
      archived: false,
      deleted: false,
    })
    expect(toDatasetListParams('org', search, 'archived')).toMatchObject({
      archived: true,
      deleted: false,
    })
    expect(toDatasetListParams('org', search, 'deleted')).toMatchObject({ deleted: true })
  })

  it('compares filters regardless of page', () => {
    const a = toDatasetListParams(
      'org',
      parseDatasetListSearch(new URLSearchParams('q=eau&page=2')),
    )
    const b = toDatasetListParams(
      'org',
      parseDatasetListSearch(new URLSearchParams('q=eau&page_size=50')),
    )
    const c = toDatasetListParams('org', parseDatasetListSearch(new URLSearchParams('q=air')))
    expect(sameFilters(a, b)).toBe(true)
    expect(sameFilters(a, c)).toBe(false)
  })
})
