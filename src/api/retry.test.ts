import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from './api-error'
import {
  backoffMs,
  isTransient,
  maxRetryAfterMs,
  parseRetryAfter,
  retryDelayMs,
  withRetries,
} from './retry'

describe('isTransient', () => {
  it('retries network faults, 5xx, 408 and 429, never other 4xx', () => {
    expect(isTransient(new NetworkError('offline'))).toBe(true)
    expect(isTransient(new NetworkError('timeout'))).toBe(true)
    for (const status of [500, 502, 503, 504, 408, 429])
      expect(isTransient(new ApiError(status, {}))).toBe(true)
    for (const status of [400, 401, 403, 404, 409, 410, 413, 415, 423])
      expect(isTransient(new ApiError(status, {}))).toBe(false)
    expect(isTransient(new TypeError('Failed to fetch'))).toBe(true)
    expect(isTransient(new TypeError('x is undefined'))).toBe(false)
    expect(isTransient(new Error('a bug'))).toBe(false)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-12-01T12:00:00Z')
  it('reads delay-seconds and HTTP-dates, capped and never negative', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Tue, 01 Dec 2026 12:00:20 GMT', now)).toBe(20_000)
    expect(parseRetryAfter('Tue, 01 Dec 2026 11:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('86400', now)).toBe(maxRetryAfterMs)
  })
  it('ignores what is neither', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
    expect(parseRetryAfter('1.5', now)).toBeUndefined()
  })
})

describe('delays', () => {
  it('backs off exponentially over the upper half of each step, capped', () => {
    const mid = { baseMs: 500, maxMs: 8_000, random: () => 0.5 }
    expect([1, 2, 3, 4, 5, 9].map((retry) => backoffMs(retry, mid))).toEqual([
      375, 750, 1_500, 3_000, 6_000, 6_000,
    ])
    expect(backoffMs(2, { ...mid, random: () => 0 })).toBe(500)
    expect(backoffMs(2, { ...mid, random: () => 1 })).toBe(1_000)
  })
  it('prefers the server’s Retry-After', () => {
    expect(retryDelayMs(1, new ApiError(429, {}, 7_000))).toBe(7_000)
    expect(retryDelayMs(3, new ApiError(503, {}, 0))).toBe(0)
  })
})

describe('withRetries', () => {
  const instant = { sleep: () => Promise.resolve() }
  it('tries again on transient failures, up to the limit', async () => {
    let calls = 0
    const result = withRetries(
      () => (++calls < 3 ? Promise.reject(new ApiError(503, {})) : Promise.resolve('ok')),
      instant,
    )
    await expect(result).resolves.toBe('ok')
    expect(calls).toBe(3)
    calls = 0
    await expect(
      withRetries(() => (calls++, Promise.reject(new NetworkError('offline'))), {
        ...instant,
        retries: 2,
      }),
    ).rejects.toBeInstanceOf(NetworkError)
    expect(calls).toBe(3)
  })
  it('gives a 4xx back at once, and stops when aborted', async () => {
    let calls = 0
    await expect(
      withRetries(() => (calls++, Promise.reject(new ApiError(404, {}))), instant),
    ).rejects.toMatchObject({ status: 404 })
    expect(calls).toBe(1)
    const controller = new AbortController()
    controller.abort()
    await expect(
      withRetries(() => Promise.resolve('never'), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})
