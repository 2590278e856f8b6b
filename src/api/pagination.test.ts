import { afterEach, describe, expect, it, vi } from 'vitest'
import { connect } from '@/session/session'
import { fetchAllPages, nextPagePath, pageLinkPath, PageLinkError } from './pagination'

const instance = 'https://demo.data.gouv.fr'
const from = '/api/2/datasets/?organization=534fff8ba3a7292c64a77f02&page_size=100'

describe('pageLinkPath', () => {
  it('keeps a link on the instance as its path and query', () => {
    expect(
      pageLinkPath(
        'https://demo.data.gouv.fr/api/2/datasets/?organization=534fff8ba3a7292c64a77f02&page=2&page_size=100',
        from,
        instance,
      ),
    ).toBe('/api/2/datasets/?organization=534fff8ba3a7292c64a77f02&page=2&page_size=100')
  })

  it('rebuilds a proxy’s http:// link, or an internal host name, on the instance', () => {
    expect(
      pageLinkPath('http://demo.data.gouv.fr/api/1/reuses/?page=3&sort=-created', from, instance),
    ).toBe('/api/1/reuses/?page=3&sort=-created')
    expect(
      pageLinkPath('http://udata-app:7000/api/2/datasets/?page=2&tag=a&tag=b', from, instance),
    ).toBe('/api/2/datasets/?page=2&tag=a&tag=b')
  })

  it('resolves a relative link against the page it came from', () => {
    expect(pageLinkPath('?page=2&page_size=100', from, instance)).toBe(
      '/api/2/datasets/?page=2&page_size=100',
    )
    expect(pageLinkPath('/api/1/datasets/?page=4', from, instance)).toBe('/api/1/datasets/?page=4')
  })

  it('refuses what is not an /api/ address over http(s)', () => {
    for (const link of [
      'javascript:alert(1)//api/1/datasets/',
      'data:text/html,<script>1</script>',
      'https://evil.example.org/steal?page=2',
      'ftp://demo.data.gouv.fr/api/1/datasets/?page=2',
      'https://demo.data.gouv.fr/fr/datasets/?page=2',
    ])
      expect(() => pageLinkPath(link, from, instance), link).toThrow(PageLinkError)
  })
})

type Captured = { url: string; key: string | null }

function stubFetch(pages: Record<string, unknown>) {
  const calls: Captured[] = []
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input)
    calls.push({ url, key: new Headers(init.headers).get('X-API-KEY') })
    const body = pages[url]
    return Promise.resolve(
      body === undefined
        ? new Response('{"message": "Not Found"}', { status: 404 })
        : new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
    )
  })
  return calls
}

const envelope = (data: number[], next: string | null) => ({
  data,
  page: 1,
  page_size: 2,
  total: 5,
  next_page: next,
  previous_page: null,
})

describe('fetchAllPages', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('follows a rebuilt next_page to the instance, with the key', async () => {
    connect(instance, 'udata_k')
    const calls = stubFetch({
      [`${instance}/api/1/x/?page=1`]: envelope([1, 2], 'http://internal:7000/api/1/x/?page=2'),
      [`${instance}/api/1/x/?page=2`]: envelope([3, 4], 'http://demo.data.gouv.fr/api/1/x/?page=3'),
      [`${instance}/api/1/x/?page=3`]: envelope([5], null),
    })
    expect(await fetchAllPages<number>('/api/1/x/?page=1')).toEqual([1, 2, 3, 4, 5])
    expect(calls).toEqual([
      { url: `${instance}/api/1/x/?page=1`, key: 'udata_k' },
      { url: `${instance}/api/1/x/?page=2`, key: 'udata_k' },
      { url: `${instance}/api/1/x/?page=3`, key: 'udata_k' },
    ])
  })

  it('never fetches a refused link', async () => {
    connect(instance, 'udata_k')
    const calls = stubFetch({
      [`${instance}/api/1/x/?page=1`]: envelope([1, 2], 'https://evil.example.org/?page=2'),
    })
    await expect(fetchAllPages<number>('/api/1/x/?page=1')).rejects.toBeInstanceOf(PageLinkError)
    expect(calls.map((call) => call.url)).toEqual([`${instance}/api/1/x/?page=1`])
  })
})

describe('nextPagePath', () => {
  it('is null at the last page', () => {
    connect(instance, 'udata_k')
    expect(nextPagePath(null, from)).toBeNull()
  })
})
