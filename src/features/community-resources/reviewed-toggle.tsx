import { useMessages } from '@/i18n/messages'
import { setReviewed, type ReviewScope } from '@/features/review/review-store'
import { ReviewedToggle as Toggle } from '@/ui/review-state'
import { communityMessages } from './messages'

/** A community resource's review state in a list, flipped in this browser's review store. */
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
    <Toggle
      title={resource.title}
      isReviewed={isReviewed}
      labels={t}
      disabled={!scope}
      onToggle={() => scope && setReviewed(scope, [resource.id], !isReviewed)}
    />
  )
}
