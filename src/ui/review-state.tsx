import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Button } from '@codegouvfr/react-dsfr/Button'

/** The words of a review state, in the reviewing feature's own terms (a reuse, a resource). */
export type ReviewLabels = {
  reviewed: string
  unreviewed: string
  markReviewed: string
  markUnreviewed: string
}

type ReviewStateProps = { isReviewed: boolean; labels: ReviewLabels }

/** Reviewed or not, as a badge (review state is kept in this browser, see review-store). */
export function ReviewedBadge({
  isReviewed,
  labels,
  className,
}: ReviewStateProps & { className?: string }) {
  return (
    <Badge
      as="span"
      small
      noIcon
      severity={isReviewed ? 'success' : 'warning'}
      className={className}
    >
      {isReviewed ? labels.reviewed : labels.unreviewed}
    </Badge>
  )
}

type ToggleProps = ReviewStateProps & { disabled?: boolean; onToggle: () => void }

/** A table row's badge and the button that flips it, named after the row for screen readers. */
export function ReviewedToggle({ title, ...props }: ToggleProps & { title: string }) {
  const { isReviewed, labels, disabled, onToggle } = props
  return (
    <>
      <ReviewedBadge isReviewed={isReviewed} labels={labels} />
      <Button
        className="fr-mt-1w"
        size="small"
        priority="tertiary"
        style={{ whiteSpace: 'nowrap' }}
        disabled={disabled}
        onClick={onToggle}
      >
        {isReviewed ? labels.markUnreviewed : labels.markReviewed}
        <span className="fr-sr-only"> : {title}</span>
      </Button>
    </>
  )
}

/** A detail page's main action: mark it reviewed, or take that back. */
export function ReviewButton({ isReviewed, labels, disabled, onToggle }: ToggleProps) {
  return (
    <Button
      iconId={isReviewed ? 'fr-icon-close-line' : 'fr-icon-check-line'}
      priority={isReviewed ? 'secondary' : 'primary'}
      disabled={disabled}
      onClick={onToggle}
    >
      {isReviewed ? labels.markUnreviewed : labels.markReviewed}
    </Button>
  )
}
