import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** The link back above a page ("Retour aux jeux de données"), with its arrow. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={to}>
        {children}
      </Link>
    </p>
  )
}
