import { Button } from '@codegouvfr/react-dsfr/Button'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { appMessages } from './messages'
import { NotFoundPage } from './not-found-page'

/**
 * A route's error boundary: a 404 from the router shows the not-found page; anything else
 * (a render crash, a failed lazy chunk after a deploy) says so plainly with a way out.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError()
  const t = useMessages(appMessages)
  const isNotFound = isRouteErrorResponse(error) && error.status === 404
  usePageTitle(isNotFound ? undefined : t.errorTitle)
  // Outside the shell (the shell itself failed) the page needs its own landmark.
  const Wrapper = standalone ? 'main' : 'div'
  if (isNotFound)
    return (
      <Wrapper id={standalone ? 'content' : undefined} className="fr-container">
        <NotFoundPage />
      </Wrapper>
    )
  const details =
    error instanceof Error
      ? error.message
      : isRouteErrorResponse(error)
        ? error.statusText
        : undefined
  return (
    <Wrapper id={standalone ? 'content' : undefined} className="fr-container fr-my-6w">
      <h1>{t.errorTitle}</h1>
      <p className="fr-text--lead">{t.errorText}</p>
      {details ? (
        <details className="fr-mb-4w">
          <summary>{t.errorDetails}</summary>
          <p className="fr-text--sm">{details}</p>
        </details>
      ) : null}
      <div className="fr-btns-group fr-btns-group--inline-md">
        <Button onClick={() => window.location.reload()}>{t.reload}</Button>
        <Button priority="secondary" linkProps={{ href: '/' }}>
          {t.goHome}
        </Button>
      </div>
    </Wrapper>
  )
}
