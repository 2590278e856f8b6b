import { getInstance } from '@/session/session'
import { afterUnauthorized, ApiError, errorFromAnswer, NetworkError, parseBody } from './client'
import { apiHeaders } from './key-scope'
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

/**
 * The upload transport. It uses XMLHttpRequest, not apiFetch, for one reason: `fetch` reports no
 * upload progress (request-body streams need HTTP/2 and report nothing either), and a 100 MB file
 * without a progress bar is unusable. Everything else mirrors apiFetch: the key comes from
 * getApiKey() and goes only to the chosen instance's origin, credentials are omitted, and errors
 * come out as ApiError / NetworkError.
 */
export const sendMultipart: SendMultipart = async <T>(
  path: string,
  form: FormData,
  options: SendOptions = {},
): Promise<T> => {
  for (;;) {
    const { key, outcome } = sendOnce<T>(path, form, options)
    try {
      return await outcome
    } catch (error) {
      // A 401 stored nothing: once the user has reconnected, the same part goes again (paused, not failed).
      if (
        !(error instanceof ApiError) ||
        !(await afterUnauthorized(error, key, true, undefined, options.signal))
      )
        throw error
    }
  }
}

function sendOnce<T>(
  path: string,
  form: FormData,
  {
    signal,
    onProgress,
    stallTimeoutMs = defaultStallTimeoutMs,
    responseTimeoutMs = defaultResponseTimeoutMs,
  }: SendOptions,
): { key: string | null; outcome: Promise<T> } {
  const instance = getInstance()
  if (!instance) return { key: null, outcome: Promise.reject(new NetworkError('offline')) }
  const url = new URL(path, instance)
  const { headers, key } = apiHeaders(url, instance)
  const outcome = new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError())
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    // udata's CORS gives `*` without credentials to every origin but its own front.
    xhr.withCredentials = false
    headers.forEach((value, name) => xhr.setRequestHeader(name, value))

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
      reject(errorFromAnswer(xhr.status, body, xhr.getResponseHeader('Retry-After')))
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
  return { key, outcome }
}
