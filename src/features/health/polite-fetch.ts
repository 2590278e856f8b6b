import { ApiError, apiFetch, type ApiInit } from '@/api/client'

const maxAttempts = 5

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason as Error)
      },
      { once: true },
    )
  })
}

/**
 * `apiFetch` for a long crawl: a 429 (or 503) is waited out as long as `Retry-After` says, or
 * with a doubling pause when it says nothing, before the same request is sent again.
 */
export async function politeFetch<T>(path: string, init: ApiInit): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await apiFetch<T>(path, init)
    } catch (error) {
      const busy = error instanceof ApiError && (error.status === 429 || error.status === 503)
      if (!busy || attempt >= maxAttempts) throw error
      await pause(error.retryAfterMs ?? 500 * 2 ** attempt, init.signal ?? undefined)
    }
  }
}
