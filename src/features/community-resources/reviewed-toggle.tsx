import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useMessages } from '@/i18n/messages'
import { setReviewed, type ReviewScope } from '@/features/review/review-store'
import { communityMessages } from './messages'

/** The reviewed badge and the button that flips it, named after the resource for screen readers. */
export function ReviewedToggle({
  scope,
  resource,
  isReviewed,
}: {
  scope: ReviewScope | null
  resource: { id: string; title: string }
  isReviewed: boolean
}) {
  const t = useMessages(communityMessages)
  return (
    <>
      <Badge as="span" small noIcon severity={isReviewed ? 'success' : 'warning'}>
        {isReviewed ? t.reviewed : t.unreviewed}
      </Badge>
      <Button
        className="fr-mt-1w"
        size="small"
        priority="tertiary"
        style={{ whiteSpace: 'nowrap' }}
        disabled={!scope}
        onClick={() => scope && setReviewed(scope, [resource.id], !isReviewed)}
      >
        {isReviewed ? t.markUnreviewed : t.markReviewed}
        <span className="fr-sr-only"> : {resource.title}</span>
      </Button>
    </>
  )
}
