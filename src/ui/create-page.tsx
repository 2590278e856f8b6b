import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import type { ReactNode } from 'react'
import { listHref } from './list-return'
import { usePageTitle } from './page-title'
import '@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.main.min.css'

/** The page of a creation form: the way back to its list (as the user left it), its title, a word before the form. */
export function CreatePage({
  title,
  list,
  intro,
  children,
}: {
  title: string
  list: { label: string; to: string }
  intro?: string
  children: ReactNode
}) {
  usePageTitle(title)
  return (
    <div className="fr-pb-4w">
      <Breadcrumb
        currentPageLabel={title}
        segments={[{ label: list.label, linkProps: { to: listHref(list.to) } }]}
      />
      <h1 className="fr-h2">{title}</h1>
      {intro ? <p className="fr-hint-text">{intro}</p> : null}
      {children}
    </div>
  )
}
