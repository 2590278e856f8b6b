import { Button } from '@codegouvfr/react-dsfr/Button'
import { useMessages } from '@/i18n/messages'
import { errorText, isGone } from './error-text'
import { uiMessages } from './messages'

export function LoadingState({ label }: { label?: string }) {
  const t = useMessages(uiMessages)
  return (
    <p role="status" className="fr-my-4w">
      {label ?? t.loading}
    </p>
  )
}

/**
 * A failed load, said plainly, with a way to try again — except where trying again cannot
 * change the answer: an object that is not there (404) or gone (410). A page that failed to
 * load has nothing else to stand as its title, so `page` makes the alert's title its h1; `title`
 * replaces the general one (a page that knows what was not found).
 */
export function ErrorState({
  error,
  onRetry,
  page = false,
  title,
}: {
  error: unknown
  onRetry?: () => void
  page?: boolean
  title?: string
}) {
  const t = useMessages(uiMessages)
  // DSFR's Alert markup, written out: react-dsfr's Alert offers no h1 for its title.
  const Heading = page ? 'h1' : 'h2'
  return (
    <div className="fr-my-4w">
      <div className="fr-alert fr-alert--error" role="alert">
        <Heading className="fr-alert__title">{title ?? t.errorTitle}</Heading>
        <p>{errorText(error, t)}</p>
      </div>
      {onRetry && !isGone(error) ? (
        <Button className="fr-mt-2w" priority="secondary" onClick={onRetry}>
          {t.retry}
        </Button>
      ) : null}
    </div>
  )
}
