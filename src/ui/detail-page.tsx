import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import type { ReactNode } from 'react'
import { listHref } from './list-return'
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
  list: { label: string; to: string }
  parent?: { label: string; to: string }
  heading?: boolean
  children: ReactNode
}) {
  const segments = [{ label: list.label, linkProps: { to: listHref(list.to) } }]
  if (parent) segments.push({ label: parent.label, linkProps: { to: parent.to } })
  return (
    <div className="fr-pb-4w">
      <Breadcrumb currentPageLabel={title} segments={segments} />
      {heading ? <DetailHeading title={title} /> : null}
      {children}
    </div>
  )
}

/** A detail page's heading, where the page places it itself. */
export function DetailHeading({ title }: { title: string }) {
  return <h1 className="fr-h2 fr-mb-1w">{title}</h1>
}
