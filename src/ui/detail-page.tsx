import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import type { ReactNode } from 'react'
import { useMessages } from '@/i18n/messages'
import { isGone } from './error-text'
import { listHref } from './list-return'
import { uiMessages } from './messages'
import { ErrorState } from './query-state'
import '@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.main.min.css'

/**
 * The frame of a page about one thing: the way back (its list first, returned to as the user
 * left it; then, for a thing inside another, that one), its title as the page's heading, then the
 * page's own parts. `heading={false}` where the page places its heading itself (beside an image).
 */
export function DetailPage({
  title,
  list,
  parent,
  heading = true,
  children,
}: {
  title: string
  list: Place
  parent?: Place
  heading?: boolean
  children: ReactNode
}) {
  return (
    <div className="fr-pb-4w">
      <Breadcrumb currentPageLabel={title} segments={wayBack(list, parent)} />
      {heading ? <DetailHeading title={title} /> : null}
      {children}
    </div>
  )
}

type Place = { label: string; to: string }

function wayBack(list: Place, parent?: Place) {
  const segments = [{ label: list.label, linkProps: { to: listHref(list.to) } }]
  if (parent) segments.push({ label: parent.label, linkProps: { to: parent.to } })
  return segments
}

/**
 * A detail page whose thing could not be loaded: the same way back (a link from a list, or an
 * old bookmark, must not leave the user stranded), then the failure as the page's heading;
 * `notFound` names what is missing when it is gone (404, 410).
 */
export function DetailPageError({
  list,
  parent,
  error,
  onRetry,
  notFound,
}: {
  list: Place
  parent?: Place
  error: unknown
  onRetry: () => void
  notFound?: string
}) {
  const t = useMessages(uiMessages)
  const title = (isGone(error) ? notFound : undefined) ?? t.errorTitle
  return (
    <div className="fr-pb-4w">
      <Breadcrumb currentPageLabel={title} segments={wayBack(list, parent)} />
      <ErrorState page error={error} title={title} onRetry={onRetry} />
    </div>
  )
}

/** A detail page's heading, where the page places it itself. */
export function DetailHeading({ title }: { title: string }) {
  return <h1 className="fr-h2 fr-mb-1w">{title}</h1>
}
