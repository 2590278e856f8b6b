import { ApiError, NetworkError } from '@/api/client'

export type RetryPolicy = {
  /** extra attempts after the first one */
  retries: number
  /** delay before retry n (1-based) */
  delayMs: (retry: number, error: unknown) => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
}

/** A chunk or a small upload may fail on a flaky network or a busy server; a 4xx will not change. */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  return error instanceof ApiError && (error.status >= 500 || error.status === 429)
}

export function backoffMs(retry: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, 30_000)
  }
  return Math.min(8_000, 500 * 2 ** (retry - 1))
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError())
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

export function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError')
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** udata's front retries each chunk 3 times; so do we, with exponential backoff. */
export const chunkRetryPolicy: RetryPolicy = { retries: 3, delayMs: backoffMs, sleep }

export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
  onRetry?: (retry: number, error: unknown) => void,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    if (signal?.aborted) throw abortError()
    try {
      return await attempt()
    } catch (error) {
      if (signal?.aborted || isAbortError(error)) throw abortError()
      if (retry >= policy.retries || !isTransient(error)) throw error
      onRetry?.(retry + 1, error)
      await policy.sleep(policy.delayMs(retry + 1, error), signal)
    }
  }
}
