import { afterEach, describe, expect, it, vi } from 'vitest'
import { connect } from '@/session/session'
import { ApiError, apiFetch, NetworkError } from './client'

type Captured = { url: string; init: RequestInit }

function stubFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: Captured[] = []
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input)
    calls.push({ url, init })
    return Promise.resolve(respond(url, init))
  })
  return calls
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })

describe('apiFetch', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('sends the key to the chosen instance only, without cookies', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    const calls = stubFetch(() => json({ ok: true }))
    await apiFetch('/api/1/me/')
    await apiFetch('https://static.example.org/api/1/x/')
    const [own, other] = calls
    expect(own?.url).toBe('https://demo.data.gouv.fr/api/1/me/')
    expect(new Headers(own?.init.headers).get('X-API-KEY')).toBe('udata_k')
    expect(own?.init.credentials).toBe('omit')
    expect(new Headers(other?.init.headers).get('X-API-KEY')).toBeNull()
  })

  it('follows absolute next_page URLs on the instance', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    const calls = stubFetch(() => json({ data: [] }))
    await apiFetch('https://demo.data.gouv.fr/api/2/datasets/?page=2')
    expect(calls[0]?.url).toBe('https://demo.data.gouv.fr/api/2/datasets/?page=2')
    expect(new Headers(calls[0]?.init.headers).get('X-API-KEY')).toBe('udata_k')
  })

  it('checks a key without keeping it (instance and key overrides)', async () => {
    const calls = stubFetch(() => json({ id: 'me' }))
    await apiFetch('/api/1/me/', { instance: 'https://www.data.gouv.fr', apiKey: 'udata_try' })
    expect(calls[0]?.url).toBe('https://www.data.gouv.fr/api/1/me/')
    expect(new Headers(calls[0]?.init.headers).get('X-API-KEY')).toBe('udata_try')
    expect(sessionStorage.length).toBe(0)
  })

  it('sends JSON and reads JSON, text and empty answers', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    const calls = stubFetch((url) =>
      url.endsWith('/empty/')
        ? new Response(null, { status: 204 })
        : url.endsWith('/text/')
          ? new Response('plain')
          : json({ saved: true }),
    )
    await expect(apiFetch('/api/1/x/', { method: 'PUT', json: { a: 1 } })).resolves.toEqual({
      saved: true,
    })
    expect(calls[0]?.init.body).toBe('{"a":1}')
    expect(new Headers(calls[0]?.init.headers).get('Content-Type')).toBe('application/json')
    await expect(apiFetch('/api/1/empty/')).resolves.toBeUndefined()
    await expect(apiFetch('/api/1/text/')).resolves.toBe('plain')
  })

  it('turns an error answer into an ApiError with Retry-After', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    stubFetch(() =>
      json({ message: 'Slow down' }, { status: 429, headers: { 'Retry-After': '3' } }),
    )
    const error = await apiFetch('/api/1/x/').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 429, message: 'Slow down', retryAfterMs: 3000 })
  })

  it('never puts the key in an error', async () => {
    connect('https://demo.data.gouv.fr', 'udata_secret')
    stubFetch(() => json({ message: 'Invalid API token' }, { status: 401 }))
    // A write's 401 reaches the caller (a read's waits for the reconnect dialog).
    const error = await apiFetch('/api/1/me/', { method: 'PUT' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ status: 401 })
    expect(JSON.stringify(error)).not.toContain('udata_secret')
    expect(String(error)).not.toContain('udata_secret')
  })

  it('reports an unreachable server and a timeout as NetworkError', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(apiFetch('/api/1/x/')).rejects.toMatchObject({ reason: 'offline' })
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')))
        }),
    )
    const error = await apiFetch('/api/1/x/', { timeoutMs: 20 }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({ reason: 'timeout' })
  })

  it('lets the caller abort (not reported as a network fault)', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')))
        }),
    )
    const controller = new AbortController()
    const pending = apiFetch('/api/1/x/', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
})
