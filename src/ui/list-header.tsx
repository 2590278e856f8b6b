import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ReactNode } from 'react'
import './list-page.css'

/** A list page's title, its "create" button beside it, and an optional introduction below. */
export function ListHeader({
  title,
  create,
  intro,
}: {
  title: string
  create?: { label: string; to: string }
  intro?: ReactNode
}) {
  return (
    <>
      <div className="list-header">
        <h1 className="fr-h2 fr-mb-0">{title}</h1>
        {create ? (
          <Button iconId="fr-icon-add-line" linkProps={{ to: create.to }}>
            {create.label}
          </Button>
        ) : null}
      </div>
      {intro ? <p className="fr-mt-1w">{intro}</p> : null}
    </>
  )
}
