import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { ErrorState, LoadingState } from './query-state'

/**
 * Where an inbox built from many requests stands: the first one failed (with a retry), still
 * reading (saying how far), and how many of the per-item requests failed, if any.
 */
export function InboxProgress({
  error,
  onRetry,
  pending,
  loadingLabel,
  failed,
}: {
  error: unknown
  onRetry: () => void
  pending: boolean
  loadingLabel: string
  /** what failed, or null when nothing did */
  failed: string | null
}) {
  return (
    <>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : pending ? (
        <LoadingState label={loadingLabel} />
      ) : null}
      {failed ? <Alert small severity="warning" description={failed} className="fr-mb-2w" /> : null}
    </>
  )
}
