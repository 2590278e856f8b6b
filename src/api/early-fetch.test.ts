import { afterEach, describe, expect, it, vi } from 'vitest'
import { connect, signOut } from '@/session/session'
import { apiFetch } from './client'
import { sendEarly } from './early-fetch'

function stubFetch() {
  const calls: { url: string; init: RequestInit }[] = []
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init })
    return Promise.resolve(
      new Response(JSON.stringify({ n: calls.length }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    )
  })
  return calls
}

describe('early reads', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('apiFetch takes the answer of the very same read once, then goes to the network', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    const calls = stubFetch()
    sendEarly('/api/2/datasets/?organization=o', { 'X-Fields': 'total' })
    expect(calls).toHaveLength(1)
    expect(new Headers(calls[0]?.init.headers).get('X-API-KEY')).toBe('udata_k')
    expect(calls[0]?.init.credentials).toBe('omit')
    const init = { headers: { 'X-Fields': 'total' } }
    expect(await apiFetch('/api/2/datasets/?organization=o', init)).toEqual({ n: 1 })
    expect(calls).toHaveLength(1)
    expect(await apiFetch('/api/2/datasets/?organization=o', init)).toEqual({ n: 2 })
    expect(calls).toHaveLength(2)
  })

  it('is not taken with other headers, by a write, or once stale', async () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    const calls = stubFetch()
    sendEarly('/api/1/a/', { 'X-Fields': 'total' })
    await apiFetch('/api/1/a/', { headers: { 'X-Fields': 'data' } })
    expect(calls).toHaveLength(2)
    sendEarly('/api/1/b/', {})
    await apiFetch('/api/1/b/', { method: 'PUT', json: {} })
    expect(calls).toHaveLength(4)
    vi.useFakeTimers({ toFake: ['performance'] })
    sendEarly('/api/1/c/', {})
    vi.advanceTimersByTime(11_000)
    await apiFetch('/api/1/c/')
    expect(calls).toHaveLength(6)
  })

  it('sends nothing signed out', () => {
    connect('https://demo.data.gouv.fr', 'udata_k')
    signOut('signed-out')
    const calls = stubFetch()
    sendEarly('/api/1/a/', {})
    expect(calls).toHaveLength(0)
  })
})
