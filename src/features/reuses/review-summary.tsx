import { Link } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { reuseMessages } from './messages'
import { countNewSince } from './review-inbox'
import { useReviewState } from './review-store'
import { useReviewInbox, useReviewScope } from './use-review-inbox'
import '@codegouvfr/react-dsfr/dsfr/component/card/card.main.min.css'

/** For the organization home: how many reuses of its data appeared since the inbox was last opened. */
export function ReviewSummary({ organizationId }: { organizationId: string }) {
  const t = useMessages(reuseMessages)
  const inbox = useReviewInbox(organizationId)
  const scope = useReviewScope(organizationId)
  const { last_visit, reviewed } = useReviewState(scope)
  const count = countNewSince(inbox.items, last_visit)
  const unreviewed = inbox.items.filter((item) => !reviewed.has(item.reuse.id)).length
  const href = `/organizations/${organizationId}/review`

  return (
    <section className="fr-card fr-card--no-arrow fr-p-3w" aria-labelledby="review-summary-title">
      <h2 id="review-summary-title" className="fr-h5 fr-mb-1w">
        {t.summaryTitle}
      </h2>
      {inbox.error ? (
        <p className="fr-mb-1w">{t.summaryError}</p>
      ) : inbox.isPending || !scope ? (
        <p className="fr-mb-1w fr-text--sm" role="status">
          {inbox.datasets.length > 0
            ? t.reviewLoading(inbox.loaded, inbox.datasets.length)
            : t.reviewFindingDatasets}
        </p>
      ) : (
        <p className="fr-mb-1w" role="status">
          <strong>{last_visit ? t.summaryNew(count) : t.summaryFirst(count)}</strong>
          {unreviewed > 0 ? <> {t.unreviewedCount(unreviewed)}.</> : null}
        </p>
      )}
      <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={href}>
        {t.summaryLink}
      </Link>
    </section>
  )
}
