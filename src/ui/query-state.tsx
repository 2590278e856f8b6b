import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useMessages } from '@/i18n/messages'
import { errorText } from './error-text'
import { uiMessages } from './messages'

export function LoadingState({ label }: { label?: string }) {
  const t = useMessages(uiMessages)
  return (
    <p role="status" className="fr-my-4w">
      {label ?? t.loading}
    </p>
  )
}

/** A failed load, said plainly, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(uiMessages)
  const description = errorText(error, t)
  return (
    <div className="fr-my-4w">
      <Alert severity="error" title={t.errorTitle} description={description} as="h2" />
      {onRetry ? (
        <Button className="fr-mt-2w" priority="secondary" onClick={onRetry}>
          {t.retry}
        </Button>
      ) : null}
    </div>
  )
}
