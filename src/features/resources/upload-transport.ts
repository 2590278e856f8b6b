import { ApiError, NetworkError } from '@/api/client'
import { getApiKey, getInstance } from '@/auth/session'
import { abortError } from './retry'

export type UploadProgress = { loaded: number; total: number }

export type SendOptions = {
  signal?: AbortSignal
  onProgress?: (progress: UploadProgress) => void
  /** Abort when no byte moved for this long (a whole-request timeout would kill big files). */
  stallTimeoutMs?: number
  /** Once the body is sent, how long the server may take to answer (combining parts is slow). */
  responseTimeoutMs?: number
}

/** Sends one multipart request to the API and resolves with its JSON body. */
export type SendMultipart = <T>(path: string, form: FormData, options?: SendOptions) => Promise<T>

const defaultStallTimeoutMs = 60_000
const defaultResponseTimeoutMs = 5 * 60_000

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

function parseBody(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/**
 * The upload transport. It uses XMLHttpRequest, not apiFetch, for one reason: `fetch` reports no
 * upload progress (request-body streams need HTTP/2 and report nothing either), and a 100 MB file
 * without a progress bar is unusable. Everything else mirrors apiFetch: the key comes from
 * getApiKey() and goes only to the chosen instance's origin, credentials are omitted, and errors
 * come out as ApiError / NetworkError.
 */
export const sendMultipart: SendMultipart = <T>(
  path: string,
  form: FormData,
  {
    signal,
    onProgress,
    stallTimeoutMs = defaultStallTimeoutMs,
    responseTimeoutMs = defaultResponseTimeoutMs,
  }: SendOptions = {},
) =>
  new Promise<T>((resolve, reject) => {
    const instance = getInstance()
    if (!instance) return reject(new NetworkError('offline'))
    if (signal?.aborted) return reject(abortError())
    const url = new URL(path, instance)
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    // udata's CORS gives `*` without credentials to every origin but its own front.
    xhr.withCredentials = false
    xhr.setRequestHeader('Accept', 'application/json')
    const key = getApiKey()
    if (key && url.origin === new URL(instance).origin) xhr.setRequestHeader('X-API-KEY', key)

    let stalled = false
    let stallTimer: ReturnType<typeof setTimeout> | undefined
    const armStallTimer = (ms = stallTimeoutMs) => {
      clearTimeout(stallTimer)
      stallTimer = setTimeout(() => {
        stalled = true
        xhr.abort()
      }, ms)
    }
    const cleanup = () => {
      clearTimeout(stallTimer)
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => xhr.abort()
    signal?.addEventListener('abort', onAbort, { once: true })

    xhr.upload.onprogress = (event) => {
      armStallTimer()
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 })
    }
    xhr.upload.onload = () => armStallTimer(responseTimeoutMs)
    xhr.onprogress = () => armStallTimer(responseTimeoutMs)
    xhr.onload = () => {
      cleanup()
      const body = parseBody(xhr.responseText)
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T)
      reject(new ApiError(xhr.status, body, parseRetryAfter(xhr.getResponseHeader('Retry-After'))))
    }
    xhr.onerror = () => {
      cleanup()
      reject(new NetworkError('offline'))
    }
    xhr.onabort = () => {
      cleanup()
      reject(stalled ? new NetworkError('timeout') : abortError())
    }
    armStallTimer()
    xhr.send(form)
  })
