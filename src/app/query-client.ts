import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError, NetworkError } from '@/api/client'
import { signOut } from '@/auth/session'
import { getLanguage } from '@/i18n/language'
import { messagesFor } from '@/i18n/messages'
import { errorText } from '@/ui/error-text'
import { uiMessages } from '@/ui/messages'
import { notify } from '@/ui/notices'

const maxRetries = 3

/** 5xx, 429 and network faults are worth another try; other 4xx answers will not change. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  return error instanceof ApiError && (error.status >= 500 || error.status === 429)
}

/** Exponential backoff with jitter, or the server's own `Retry-After` when it gave one. */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== undefined) return error.retryAfterMs
  return Math.min(8_000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5)
}

function handleUnauthorized(error: unknown, queryClient: QueryClient): boolean {
  if (!(error instanceof ApiError) || error.status !== 401) return false
  // A 401 means the key expired or was revoked: forget it; the guard sends the user to connect.
  signOut('expired')
  queryClient.clear()
  return true
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (handleUnauthorized(error, queryClient)) return
        // A first load shows its own error state; a failed background refetch needs a notice.
        if (query.state.data !== undefined)
          notify({
            kind: 'refetch-failed',
            message: errorText(error, messagesFor(uiMessages, getLanguage())),
          })
      },
    }),
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) =>
        // Writes invalidate their domain (mutationKey), or everything when a write spans domains.
        queryClient.invalidateQueries({ queryKey: mutation.options.mutationKey }),
      onError: (error) => {
        handleUnauthorized(error, queryClient)
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < maxRetries && isRetryable(error),
        retryDelay,
      },
    },
  })
  return queryClient
}
