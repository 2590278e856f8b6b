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
