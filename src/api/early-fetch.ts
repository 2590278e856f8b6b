import { getInstance } from '@/session/session'
import { apiHeaders } from './key-scope'

/**
 * Reads sent before the application's code has loaded (src/early.ts), so that the first
 * screen's main request leaves while the browser is still parsing the bundle; `apiFetch` takes
 * the answer instead of sending the same request again. An answer is taken once, only for the
 * very same URL and headers, and only soon after it was sent: a later read goes to the network.
 */
type EarlyRead = { response: Promise<Response>; headers: string; sentAt: number }

const reads = new Map<string, EarlyRead>()
const maxAgeMs = 10_000

function signature(headers: Headers): string {
  return JSON.stringify([...headers.entries()])
}

/** Sends a GET as apiFetch would (same headers, key only to the instance), if signed in. */
export function sendEarly(path: string, extraHeaders: Record<string, string>): void {
  const instance = getInstance()
  if (!instance) return
  const url = new URL(path, instance)
  const { headers, key } = apiHeaders(url, instance, extraHeaders)
  if (!key) return
  const response = fetch(url, {
    headers,
    credentials: 'omit',
    signal: AbortSignal.timeout(30_000),
  })
  // Nobody may take it: its failure is reported by apiFetch only if taken.
  response.catch(() => undefined)
  reads.set(url.href, { response, headers: signature(headers), sentAt: performance.now() })
}

/** The answer of an early read of `url` with these headers, if there is a fresh one. */
export function takeEarly(url: URL, headers: Headers): Promise<Response> | undefined {
  const read = reads.get(url.href)
  if (!read) return undefined
  reads.delete(url.href)
  if (performance.now() - read.sentAt > maxAgeMs || read.headers !== signature(headers))
    return undefined
  return read.response
}
