import { apiFetch, type ApiInit } from '@/api/client'
import { withRetries } from '@/api/retry'

/** A long crawl may meet a busy server more than once: one more try than a page's reads. */
const crawlRetries = 4

/**
 * `apiFetch` for a long crawl, through the console's one retry policy (src/api/retry.ts): a 429
 * or 503 is waited out for as long as `Retry-After` says, other transient faults with backoff.
 */
export function politeFetch<T>(path: string, init: ApiInit): Promise<T> {
  return withRetries(() => apiFetch<T>(path, init), {
    retries: crawlRetries,
    signal: init.signal ?? undefined,
  })
}
