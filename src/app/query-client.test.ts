import type { QueryClient } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { connect, getApiKey } from '@/session/session'
import { dismissNotice, useNotices } from '@/ui/notices'
import { createQueryClient } from './query-client'

describe('retry rules', () => {
  it('lets the query client retry a 5xx three times but not a 404 or a 401', () => {
    const client = createQueryClient()
    const retry = client.getDefaultOptions().queries?.retry
    expect(typeof retry).toBe('function')
    if (typeof retry !== 'function') return
    expect(retry(0, new ApiError(503, {}))).toBe(true)
    expect(retry(2, new ApiError(503, {}))).toBe(true)
    expect(retry(3, new ApiError(503, {}))).toBe(false)
    expect(retry(0, new ApiError(404, {}))).toBe(false)
    expect(retry(0, new ApiError(401, {}))).toBe(false)
  })

  it('waits what the server asked for before retrying', () => {
    const client = createQueryClient()
    const retryDelay = client.getDefaultOptions().queries?.retryDelay
    if (typeof retryDelay !== 'function') throw new Error('retryDelay is not a function')
    expect(retryDelay(0, new ApiError(429, {}, 7_000))).toBe(7_000)
  })
})

/** Fetches `key` through `client` once, without retrying, its request failing with `error`. */
function fetchFailing(
  client: QueryClient,
  key: string,
  error: ApiError,
  options: { staleTime?: number } = {},
) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- each test names its query; the error is only how it fails
  return client.fetchQuery({
    queryKey: [key],
    queryFn: () => Promise.reject(error),
    retry: false,
    ...options,
  })
}

describe('global rules', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps the key and the cache on a 401: the reconnect dialog deals with it', async () => {
    connect('http://sandbox.test', 'udata_secret')
    const client = createQueryClient()
    client.setQueryData(['other'], 'cached')
    await expect(
      fetchFailing(client, 'me', new ApiError(401, { message: 'Expired API token' })),
    ).rejects.toBeInstanceOf(ApiError)
    expect(getApiKey()).toBe('udata_secret')
    expect(client.getQueryData(['other'])).toBe('cached')
  })

  it('shows a notice when a background refetch fails, not on a first load', async () => {
    const { result } = renderHook(() => useNotices())
    const client = createQueryClient()
    await expect(
      fetchFailing(client, 'first-load', new ApiError(500, { message: 'first load broke' })),
    ).rejects.toBeInstanceOf(ApiError)
    expect(result.current).toEqual([])

    client.setQueryData(['on-screen'], 'old data')
    await act(() =>
      fetchFailing(client, 'on-screen', new ApiError(503, { message: 'Service Unavailable' }), {
        staleTime: 0,
      }).catch(() => undefined),
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
