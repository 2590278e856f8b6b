import { getApiKey, getInstance } from '@/auth/session'
import { errorMessageFrom, fieldErrorsFrom, type FieldErrors } from './errors'

/** An HTTP answer other than 2xx, with udata's message and field errors normalised. */
export class ApiError extends Error {
  readonly status: number
  readonly body: unknown
  readonly fieldErrors: FieldErrors
  /** Milliseconds from a 429/503 `Retry-After`, when the server sent one. */
  readonly retryAfterMs: number | undefined
  /** What the server said, when it said something (a gateway's HTML page says nothing). */
  readonly serverMessage: string | undefined
  constructor(status: number, body: unknown, retryAfterMs?: number) {
    const serverMessage = errorMessageFrom(body)
    super(serverMessage ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.serverMessage = serverMessage
    this.status = status
    this.body = body
    this.fieldErrors = fieldErrorsFrom(body)
    this.retryAfterMs = retryAfterMs
  }
}

/** The request never got an answer: offline, connection dropped, or our timeout fired. */
export class NetworkError extends Error {
  readonly reason: 'offline' | 'timeout'
  constructor(reason: 'offline' | 'timeout') {
    super(
      reason === 'timeout'
        ? 'The server took too long to answer'
        : 'The server could not be reached',
    )
    this.name = 'NetworkError'
    this.reason = reason
  }
}

export type ApiInit = Omit<RequestInit, 'body' | 'credentials'> & {
  json?: unknown
  body?: BodyInit
  /** Overrides for the connect page, which checks a key before keeping it. */
  instance?: string
  apiKey?: string | null
  timeoutMs?: number
}

const defaultTimeoutMs = 30_000

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/**
 * The one way to reach the API. `path` is `/api/1/…` or an absolute `next_page` URL.
 * The key is sent only to the chosen instance's origin, never to another host.
 */
export async function apiFetch<T>(path: string, init: ApiInit = {}): Promise<T> {
  const { json, instance = getInstance(), apiKey, timeoutMs = defaultTimeoutMs, ...rest } = init
  if (!instance) throw new NetworkError('offline')
  const url = new URL(path, instance)
  const headers = new Headers(rest.headers)
  headers.set('Accept', 'application/json')
  const key = apiKey === undefined ? getApiKey() : apiKey
  // udata answers 401 to a bad key even on public GETs; and the key must never leave its instance.
  if (key && url.origin === new URL(instance).origin) headers.set('X-API-KEY', key)
  if (json !== undefined) headers.set('Content-Type', 'application/json')

  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = rest.signal ? AbortSignal.any([rest.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, {
      ...rest,
      headers,
      signal,
      // udata's CORS gives `*` without credentials to every origin but its own front.
      credentials: 'omit',
      body: json === undefined ? rest.body : JSON.stringify(json),
    })
  } catch (error) {
    if (rest.signal?.aborted) throw error
    throw new NetworkError(timeout.aborted ? 'timeout' : 'offline')
  }
  const body = await readBody(response)
  if (!response.ok) {
    throw new ApiError(response.status, body, parseRetryAfter(response.headers.get('Retry-After')))
  }
  return body as T
}
