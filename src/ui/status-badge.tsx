import { Badge } from '@codegouvfr/react-dsfr/Badge'

/** Where a published object stands (datasets, APIs, reuses): deleted wins over archived, archived over draft. */
export type PublicationStatus = 'public' | 'draft' | 'archived' | 'deleted'

const severity: Record<PublicationStatus, 'success' | 'info' | 'warning' | 'error'> = {
  public: 'success',
  draft: 'info',
  archived: 'warning',
  deleted: 'error',
}

/** An object's status as a small badge, its colour the same in every list. */
export function StatusBadge({ status, label }: { status: PublicationStatus; label: string }) {
  return (
    <Badge as="span" small noIcon severity={severity[status]}>
      {label}
    </Badge>
  )
}
