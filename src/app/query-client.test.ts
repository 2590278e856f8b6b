import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError } from '@/api/client'
import { getApiKey, getSignOutReason, connect } from '@/auth/session'
import { dismissNotice, useNotices } from '@/ui/notices'
import { createQueryClient, isRetryable, retryDelay } from './query-client'

describe('retry rules', () => {
  it('retries network faults, 5xx and 429, never other 4xx', () => {
    expect(isRetryable(new NetworkError('offline'))).toBe(true)
    expect(isRetryable(new NetworkError('timeout'))).toBe(true)
    expect(isRetryable(new ApiError(500, {}))).toBe(true)
    expect(isRetryable(new ApiError(502, 'Bad Gateway'))).toBe(true)
    expect(isRetryable(new ApiError(503, {}))).toBe(true)
    expect(isRetryable(new ApiError(429, {}))).toBe(true)
    for (const status of [400, 401, 403, 404, 409, 410, 415, 423])
      expect(isRetryable(new ApiError(status, {}))).toBe(false)
    expect(isRetryable(new Error('a bug'))).toBe(false)
  })

  it('honours Retry-After when the server sent one', () => {
    expect(retryDelay(0, new ApiError(429, {}, 7_000))).toBe(7_000)
    expect(retryDelay(3, new ApiError(503, {}, 0))).toBe(0)
  })

  it('backs off exponentially with jitter, capped', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    expect(retryDelay(0, new ApiError(500, {}))).toBe(500)
    expect(retryDelay(1, new ApiError(500, {}))).toBe(1_000)
    expect(retryDelay(2, new NetworkError('offline'))).toBe(2_000)
    expect(retryDelay(10, new NetworkError('offline'))).toBe(8_000)
    vi.spyOn(Math, 'random').mockReturnValue(0)
    expect(retryDelay(1, new ApiError(500, {}))).toBe(750)
    vi.spyOn(Math, 'random').mockReturnValue(0.999)
    expect(retryDelay(1, new ApiError(500, {}))).toBeLessThan(1_250)
  })

  it('lets the query client retry a 5xx but not a 404', () => {
    const client = createQueryClient()
    const retry = client.getDefaultOptions().queries?.retry
    expect(typeof retry).toBe('function')
    if (typeof retry !== 'function') return
    expect(retry(0, new ApiError(503, {}))).toBe(true)
    expect(retry(2, new ApiError(503, {}))).toBe(true)
    expect(retry(3, new ApiError(503, {}))).toBe(false)
    expect(retry(0, new ApiError(404, {}))).toBe(false)
  })
})

describe('global rules', () => {
  afterEach(() => vi.restoreAllMocks())

  it('signs out and clears the cache on a 401 from any query', async () => {
    connect('http://sandbox.test', 'udata_secret')
    const client = createQueryClient()
    client.setQueryData(['other'], 'cached')
    await expect(
      client.fetchQuery({
        queryKey: ['me'],
        queryFn: () => Promise.reject(new ApiError(401, { message: 'Expired API token' })),
        retry: false,
      }),
    ).rejects.toBeInstanceOf(ApiError)
    expect(getApiKey()).toBeNull()
    expect(getSignOutReason()).toBe('expired')
    expect(client.getQueryData(['other'])).toBeUndefined()
  })

  it('shows a notice when a background refetch fails, not on a first load', async () => {
    const { result } = renderHook(() => useNotices())
    const client = createQueryClient()
    await expect(
      client.fetchQuery({
        queryKey: ['first-load'],
        queryFn: () => Promise.reject(new ApiError(500, { message: 'first load broke' })),
        retry: false,
      }),
    ).rejects.toBeInstanceOf(ApiError)
    expect(result.current).toEqual([])

    client.setQueryData(['on-screen'], 'old data')
    await act(() =>
      client
        .fetchQuery({
          queryKey: ['on-screen'],
          queryFn: () => Promise.reject(new ApiError(503, { message: 'Service Unavailable' })),
          retry: false,
          staleTime: 0,
        })
        .catch(() => undefined),
    )
    expect(result.current).toEqual([
      expect.objectContaining({
        kind: 'refetch-failed',
        message:
          'Le serveur est momentanément indisponible (erreur 503). Réessayez dans un instant.',
      }),
    ])
    act(() => result.current.forEach((notice) => dismissNotice(notice.id)))
  })

  it('invalidates the domain of a successful write', async () => {
    const client = createQueryClient()
    client.setQueryData(['datasets', 'list', {}], 'page')
    client.setQueryData(['reuses', 'list', {}], 'page')
    await client
      .getMutationCache()
      .build(client, { mutationKey: ['datasets'], mutationFn: () => Promise.resolve('ok') })
      .execute(undefined)
    expect(client.getQueryState(['datasets', 'list', {}])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['reuses', 'list', {}])?.isInvalidated).toBe(false)
  })
})
