import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { reuseMessages } from './messages'
import { reusedDatasetQueries, reuseQueries } from './queries'
import { countNewOfOurs } from './review-inbox'
import { useReviewState } from '@/features/review/review-store'
import { useReviewScope } from '@/features/review/use-review-scope'
import '@codegouvfr/react-dsfr/dsfr/component/card/card.main.min.css'

/**
 * For the organization home: how many reuses of its data appeared since the inbox was last
 * opened. It reads the organization's reused datasets and the instance's newest reuses, a few
 * requests, and leaves the per-dataset crawl to the inbox itself.
 */
export function ReviewSummary({ organizationId }: { organizationId: string }) {
  const t = useMessages(reuseMessages)
  const scope = useReviewScope(organizationId, 'reuses')
  const { lastVisit } = useReviewState(scope)
  const reused = useQuery(reusedDatasetQueries.ofOrganization(organizationId))
  const recent = useQuery({
    ...reuseQueries.createdSince(lastVisit ?? ''),
    enabled: lastVisit !== null,
  })
  const reusedIds = useMemo(
    () => new Set((reused.data ?? []).map((dataset) => dataset.id)),
    [reused.data],
  )
  const error = reused.error ?? recent.error
  const pending = !scope || reused.isPending || (lastVisit !== null && recent.isPending)
  const href = `/organizations/${organizationId}/review`

  let summary = ''
  if (!pending && !error) {
    if (lastVisit === null || !recent.data) summary = t.summaryFirst(reusedIds.size)
    else {
      const count = countNewOfOurs(recent.data.reuses, reusedIds, organizationId)
      summary = recent.data.complete ? t.summaryNew(count) : t.summaryAtLeast(count)
    }
  }

  return (
    <section className="fr-card fr-card--no-arrow fr-p-3w" aria-labelledby="review-summary-title">
      <h2 id="review-summary-title" className="fr-h5 fr-mb-1w">
        {t.summaryTitle}
      </h2>
      {error ? (
        <p className="fr-mb-1w">{t.summaryError}</p>
      ) : pending ? (
        <p className="fr-mb-1w fr-text--sm" role="status">
          {t.reviewFindingDatasets}
        </p>
      ) : (
        <p className="fr-mb-1w" role="status">
          <strong>{summary}</strong>
        </p>
      )}
      {/* In a paragraph, so the card's column layout does not stretch the link's underline. */}
      <p className="fr-mb-0">
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={href}>
          {t.summaryLink}
        </Link>
      </p>
    </section>
  )
}
