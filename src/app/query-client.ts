import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { defaultRetries, isTransient, retryDelayMs } from '@/api/retry'
import { getLanguage } from '@/i18n/language'
import { messagesFor } from '@/i18n/messages'
import { errorText } from '@/ui/error-text'
import { uiMessages } from '@/ui/messages'
import { notify } from '@/ui/notices'

/**
 * A 401 needs nothing here: the API layer reports it to the session-expiry store (the reconnect
 * dialog) and a read waits for the new key instead of failing, so queries never see it.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
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
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < defaultRetries && isTransient(error),
        // react-query counts from 0; the policy counts retries from 1.
        retryDelay: (failureCount, error) => retryDelayMs(failureCount + 1, error),
      },
    },
  })
  return queryClient
}
