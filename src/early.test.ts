import { afterEach, describe, expect, it, vi } from 'vitest'
import { sendEarly } from '@/api/early-fetch'
import {
  parseDatasetListSearch,
  toDatasetListParams,
} from '@/features/datasets/dataset-list-params'
import { datasetQueries } from '@/features/datasets/queries'
import { reuseQueries } from '@/features/reuses/queries'
import { parseReuseListSearch, toReuseApiParams } from '@/features/reuses/reuse-list-params'
import { connect } from '@/session/session'
import { earlyRequest } from './early'

type QueryFn = (context: { signal: AbortSignal }) => Promise<unknown>

describe('earlyRequest', () => {
  afterEach(() => vi.unstubAllGlobals())

  const search = '?q=air&page=2&sort=title'
  const screens: [string, string, { queryFn?: unknown }][] = [
    [
      'the datasets page',
      '/organizations/org-1/datasets',
      datasetQueries.list(
        toDatasetListParams('org-1', parseDatasetListSearch(new URLSearchParams(search))),
      ),
    ],
    ['the dataset page', '/organizations/org-1/datasets/d%201', datasetQueries.detail('d 1')],
    [
      'a tab of the dataset page',
      '/organizations/org-1/datasets/d-1/resources',
      datasetQueries.detail('d-1'),
    ],
    [
      'the reuses list',
      '/organizations/org-1/reuses/',
      reuseQueries.list(
        toReuseApiParams('org-1', parseReuseListSearch(new URLSearchParams(search))),
      ),
    ],
  ]

  it.each(screens)(
    '%s’s first read is the one src/early.ts sends for its URL',
    async (_, pathname, options) => {
      connect('https://demo.data.gouv.fr', 'udata_k')
      const calls: string[] = []
      vi.stubGlobal('fetch', (input: URL) => {
        calls.push(input.href)
        return Promise.resolve(new Response('{"data": []}'))
      })
      const early = earlyRequest({ pathname, search })
      if (!early) throw new Error(`no early read for ${pathname}`)
      sendEarly(early.path, early.headers)
      await (options.queryFn as QueryFn)({ signal: new AbortController().signal })
      expect(calls).toEqual([`https://demo.data.gouv.fr${early.path}`])
    },
  )

  it('sends nothing for the creation form nor for screens it does not know', () => {
    expect(
      earlyRequest({ pathname: '/organizations/org-1/datasets/new', search: '' }),
    ).toBeUndefined()
    expect(earlyRequest({ pathname: '/organizations/org-1/members', search: '' })).toBeUndefined()
    expect(earlyRequest({ pathname: '/connect', search: '' })).toBeUndefined()
  })
})
