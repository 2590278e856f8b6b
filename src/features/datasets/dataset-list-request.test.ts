import { afterEach, describe, expect, it, vi } from 'vitest'
import { sendEarly } from '@/api/early-fetch'
import { connect } from '@/session/session'
import { parseDatasetListSearch, toDatasetListParams } from './dataset-list-params'
import { datasetListRequest } from './dataset-list-request'
import { datasetQueries } from './queries'

describe('datasetListRequest', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('the datasets page’s first read is the one src/early.ts sends for its URL', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    const calls: string[] = []
    vi.stubGlobal('fetch', (input: URL) => {
      calls.push(input.href)
      return Promise.resolve(new Response('{"data": []}'))
    })
    const search = new URLSearchParams('q=air&page=2&sort=title')
    const early = datasetListRequest('org-1', search)
    sendEarly(early.path, early.headers)
    const options = datasetQueries.list(
      toDatasetListParams('org-1', parseDatasetListSearch(search)),
    )
    const queryFn = options.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>
    await queryFn({ signal: new AbortController().signal })
    expect(calls).toEqual([`https://demo.data.gouv.fr${early.path}`])
  })
})
