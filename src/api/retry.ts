import { ApiError, NetworkError } from './api-error'

/**
 * The one retry policy of the console: which failures are worth another try, how long to wait
 * before it, and what a server's `Retry-After` means. Queries (QueryClient defaults, hence the
 * review crawl), upload chunks and the bulk engine all read it from here.
 */

/** Retries after the first attempt, for every request path (udata's front retries chunks 3 times). */
export const defaultRetries = 3

/** A server asking for more than this is treated as asking for this: no request waits an hour. */
export const maxRetryAfterMs = 60_000

/**
 * A dropped connection, a timeout, a 5xx, a 408 or a 429 may go away by itself; any other 4xx
 * is an answer that will not change. A `TypeError` from `fetch` itself (the in-process sandbox,
 * benchmarks) is a dropped connection too.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  if (error instanceof ApiError)
    return error.status >= 500 || error.status === 429 || error.status === 408
  return error instanceof TypeError && /fetch|network/i.test(error.message)
}

/** `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms, capped. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  // An HTTP-date starts with the day's name; Date.parse alone would take "1.5" for a date.
  const ms = /^\d+$/.test(text)
    ? Number(text) * 1000
    : /^[A-Za-z]{3}/.test(text)
      ? Date.parse(text) - now
      : Number.NaN
  if (Number.isNaN(ms)) return undefined
  return Math.min(maxRetryAfterMs, Math.max(0, ms))
}

/** The statuses whose `Retry-After` we honour: rate limits and maintenance pages. */
export function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503
}

export type Backoff = { baseMs: number; maxMs: number; random?: () => number }

const defaultBackoff: Backoff = { baseMs: 500, maxMs: 8_000 }

/**
 * Exponential backoff for retry `retry` (1-based), with jitter over the upper half so that
 * clients failing together do not come back together.
 */
export function backoffMs(
  retry: number,
  { baseMs, maxMs, random = Math.random }: Backoff = defaultBackoff,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/** The server's own `Retry-After` when it gave one, otherwise the backoff. */
export function retryDelayMs(
  retry: number,
  error: unknown,
  backoff: Backoff = defaultBackoff,
): number {
  if (error instanceof ApiError && error.retryAfterMs !== undefined) return error.retryAfterMs
  return backoffMs(retry, backoff)
}

export function abortError(): DOMException {
  return new DOMException('The request was cancelled', 'AbortError')
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
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

export type RetryOptions = {
  /** extra attempts after the first one */
  retries?: number
  /** delay before retry n (1-based) */
  delayMs?: (retry: number, error: unknown) => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  signal?: AbortSignal
  onRetry?: (retry: number, error: unknown) => void
}

/** The tunable half of the options, for callers that let tests make waits instant. */
export type RetryPolicy = Pick<RetryOptions, 'retries' | 'delayMs' | 'sleep'>

/** Runs `attempt`, trying again on transient failures only; aborting stops at once. */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  {
    retries = defaultRetries,
    delayMs = retryDelayMs,
    sleep: wait = sleep,
    signal,
    onRetry,
  }: RetryOptions = {},
): Promise<T> {
  for (let retry = 0; ; retry++) {
    if (signal?.aborted) throw abortError()
    try {
      return await attempt()
    } catch (error) {
      if (signal?.aborted || isAbortError(error)) throw abortError()
      if (retry >= retries || !isTransient(error)) throw error
      onRetry?.(retry + 1, error)
      await wait(delayMs(retry + 1, error), signal)
    }
  }
}
