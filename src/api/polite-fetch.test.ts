import { afterEach, describe, expect, it, vi } from 'vitest'
import { politeFetch } from './polite-fetch'

describe('politeFetch', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('waits out a 429 for as long as Retry-After says, then asks again', async () => {
    const sent: number[] = []
    vi.stubGlobal('fetch', () => {
      sent.push(Date.now())
      return Promise.resolve(
        sent.length === 1
          ? new Response('{"message":"Too many requests"}', {
              status: 429,
              headers: { 'Retry-After': '1' },
            })
          : new Response('{"ok":true}', { status: 200 }),
      )
    })
    const answer = await politeFetch<{ ok: boolean }>('/api/1/me/', {
      instance: 'http://sandbox.test',
      apiKey: null,
    })
    expect(answer.ok).toBe(true)
    expect(sent).toHaveLength(2)
    expect((sent[1] ?? 0) - (sent[0] ?? 0)).toBeGreaterThanOrEqual(990)
  })
})
