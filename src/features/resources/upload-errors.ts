import { ApiError, NetworkError } from '@/api/client'
import { fileExtension } from './format'

/** Raised before sending a byte when the instance's extension list already says no. */
export class ExtensionRefusedError extends Error {
  readonly extension: string
  constructor(extension: string) {
    super(`Extension not allowed: ${extension}`)
    this.name = 'ExtensionRefusedError'
    this.extension = extension
  }
}

export type UploadProblem =
  | { kind: 'extension'; extension: string }
  | { kind: 'html' }
  | { kind: 'too-large' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'offline' }
  | { kind: 'timeout' }
  | { kind: 'server'; status: number }
  | { kind: 'other'; message: string }

/** Turns udata's refusals (udata-api.md §4.4, §7) into something a person can act on. */
export function classifyUploadError(error: unknown, fileName: string): UploadProblem {
  if (error instanceof ExtensionRefusedError)
    return { kind: 'extension', extension: error.extension }
  if (error instanceof NetworkError) return { kind: error.reason }
  if (error instanceof ApiError) {
    if (error.status === 415) return { kind: 'html' }
    if (error.status === 413) return { kind: 'too-large' }
    if (error.status === 401 || error.status === 403) return { kind: 'forbidden' }
    if (error.status === 404 || error.status === 410) return { kind: 'not-found' }
    if (error.status === 400 && /not allowed|non autoris/i.test(error.message)) {
      return { kind: 'extension', extension: fileExtension(fileName) }
    }
    if (error.status >= 500) return { kind: 'server', status: error.status }
    return { kind: 'other', message: error.message }
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) }
}

/** Whether trying again could help (a refusal of the content will not change). */
export function isRetryableProblem(problem: UploadProblem): boolean {
  return !['extension', 'html', 'too-large', 'forbidden', 'not-found'].includes(problem.kind)
}
