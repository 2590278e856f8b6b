import { getInstance } from '@/session/session'
import { reportUnauthorized, whenReconnected } from '@/api/session-expiry'
import { ApiError, NetworkError } from './api-error'
import { takeEarly } from './early-fetch'
import { apiHeaders } from './key-scope'
import { honoursRetryAfter, parseRetryAfter } from './retry'

export { ApiError, NetworkError } from './api-error'

export type ApiInit = Omit<RequestInit, 'body' | 'credentials'> & {
  json?: unknown
  body?: BodyInit
  /** Overrides for the connect page, which checks a key before keeping it. */
  instance?: string
  apiKey?: string | null
  timeoutMs?: number
}

const defaultTimeoutMs = 30_000

/** A response body as JSON when it is JSON, as text otherwise (gateways answer HTML pages). */
export function parseBody(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** An error answer as an ApiError, with `Retry-After` kept where we honour it. */
export function errorFromAnswer(
  status: number,
  body: unknown,
  retryAfter: string | null,
): ApiError {
  return new ApiError(
    status,
    body,
    honoursRetryAfter(status) ? parseRetryAfter(retryAfter) : undefined,
  )
}

/**
 * What every path does with an answer to the session's key (apiFetch and the upload transport
 * are the only two that reach the network): a 401 marks the session expired, which opens the
 * reconnect dialog. Returns whether the caller should send the request again with the new key,
 * once the user has reconnected. A 401 is answered before udata does anything, so sending again
 * never writes twice; still, only requests that decide nothing by themselves are repeated
 * (reads, uploads): a PUT was built from a read that may be stale by the time the user is back,
 * so its 401 goes to the caller, which reads again before writing.
 */
export async function afterUnauthorized(
  error: ApiError,
  sentKey: string | null,
  repeatable: boolean,
  override: string | null | undefined,
  signal?: AbortSignal | null,
): Promise<boolean> {
  // A key being checked (connect page, reconnect dialog) is not the session's: its 401 is the answer.
  if (error.status !== 401 || override !== undefined || !sentKey) return false
  reportUnauthorized(sentKey)
  if (!repeatable) return false
  await whenReconnected(signal ?? undefined)
  return true
}

/** An early request cannot be cancelled by the query that takes it: it is only given up. */
function untilAborted(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason as Error)
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
    response.then(resolve, reject)
  })
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  return parseBody(await response.text())
}

/**
 * The one way to reach the API. `path` is `/api/1/…` or an absolute `next_page` URL.
 * The key is sent only to the chosen instance's origin, never to another host.
 */
export async function apiFetch<T>(path: string, init: ApiInit = {}): Promise<T> {
  const { json, instance = getInstance(), apiKey, timeoutMs = defaultTimeoutMs, ...rest } = init
  if (!instance) throw new NetworkError('offline')
  const url = new URL(path, instance)
  const method = (rest.method ?? 'GET').toUpperCase()
  for (;;) {
    const { headers, key } = apiHeaders(url, instance, rest.headers, apiKey)
    if (json !== undefined) headers.set('Content-Type', 'application/json')

    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = rest.signal ? AbortSignal.any([rest.signal, timeout]) : timeout
    let response: Response
    try {
      // The first screen's main read may have left before this code loaded (src/early.ts).
      const early = method === 'GET' ? takeEarly(url, headers) : undefined
      response = await (early
        ? untilAborted(early, signal)
        : fetch(url, {
            ...rest,
            headers,
            signal,
            // udata's CORS gives `*` without credentials to every origin but its own front.
            credentials: 'omit',
            body: json === undefined ? rest.body : JSON.stringify(json),
          }))
    } catch (error) {
      if (rest.signal?.aborted) throw error
      throw new NetworkError(timeout.aborted ? 'timeout' : 'offline')
    }
    const body = await readBody(response)
    if (response.ok) return body as T
    const error = errorFromAnswer(response.status, body, response.headers.get('Retry-After'))
    const repeatable = method === 'GET' || method === 'HEAD'
    if (!(await afterUnauthorized(error, key, repeatable, apiKey, rest.signal))) throw error
  }
}
