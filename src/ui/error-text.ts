import { ApiError, NetworkError } from '@/api/client'
import { PageLinkError } from '@/api/pagination'
import { useMessages } from '@/i18n/messages'
import { uiMessages } from './messages'

type UiMessages = (typeof uiMessages)['fr']

// werkzeug's and udata's stock texts for these statuses: English, and they name no next step.
// A 404 or 403 with its own message (an explicit abort) keeps it.
const stockNotFound = /^The requested URL was not found on the server/
const stockForbidden = /^You do not have the permission to modify that object/

/**
 * What a user reads for a failed request, in their language. 5xx and 429 come from gateways or
 * udata's English boilerplate, so they get our own words; a 4xx keeps the server's message,
 * which says what to change.
 */
export function errorText(error: unknown, t: UiMessages): string {
  if (error instanceof NetworkError) return error.reason === 'timeout' ? t.timeout : t.offline
  if (error instanceof PageLinkError) return t.pageLinkRefused
  if (error instanceof ApiError) {
    if (error.status === 429) return t.rateLimited
    // udata's "Invalid API token" says nothing of what to do; the reconnect dialog does.
    if (error.status === 401) return t.sessionExpired
    if (error.status >= 500) return t.serverDown(error.status)
    if (error.status === 404 && stockNotFound.test(error.serverMessage ?? '')) return t.notFound
    if (error.status === 403 && stockForbidden.test(error.serverMessage ?? '')) return t.forbidden
    return error.serverMessage ?? t.httpError(error.status)
  }
  return error instanceof Error ? error.message : String(error)
}

/** Trying again cannot change this answer: the object is not there (404) or gone (410). */
export function isGone(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 410)
}

export function useErrorText(): (error: unknown) => string {
  const t = useMessages(uiMessages)
  return (error) => errorText(error, t)
}
