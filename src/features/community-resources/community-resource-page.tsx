import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useReviewScope } from '@/features/review/use-review-scope'
import { StartDiscussionForm } from '@/features/discussions/start-discussion-form'
import { AvailabilityCell } from '@/ui/availability-cell'
import { formatSize } from '@/ui/file-size'
import { authorName } from '@/ui/labels'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDate } from '@/ui/dates'
import { Markdown } from '@/ui/markdown'
import { usePageTitle } from '@/ui/page-title'
import { setReviewed, useReviewState } from '@/features/review/review-store'
import { ExternalLink } from '@/ui/external-link'
import { ReviewButton, ReviewedBadge } from '@/ui/review-state'
import { safeExternalUrl } from '@/ui/safe-url'
import { TitledSection } from '@/ui/titled-section'
import { DetailPage } from '@/ui/detail-page'
import { DetailPageFallback } from '@/ui/detail-page-fallback'
import { communityMessages } from './messages'
import { communityResourceQueries } from './queries'

/**
 * One community resource: what it is, who published it, why the organization cannot change it,
 * and what it can do instead (mark it reviewed, discuss it on the dataset).
 */
export function CommunityResourcePage() {
  const { organizationId = '', resourceId = '' } = useParams()
  const t = useMessages(communityMessages)
  const lang = useLanguage()
  const detail = useQuery(communityResourceQueries.detail(resourceId))
  const scope = useReviewScope(organizationId, 'community_resources')
  const { reviewed } = useReviewState(scope)
  usePageTitle(detail.data?.title ?? t.title)

  const base = `/organizations/${organizationId}`
  const list = { label: t.backToList, to: `${base}/community-resources` }
  if (!detail.isSuccess) return <DetailPageFallback query={detail} list={list} />
  const resource = detail.data
  const isReviewed = reviewed.has(resource.id)
  const href = safeExternalUrl(resource.url)

  return (
    <DetailPage title={resource.title} list={list}>
      <p className="fr-mb-1w">
        <ReviewedBadge isReviewed={isReviewed} labels={t} />
      </p>
      <p className="fr-mb-2w">
        <span className="fr-text--bold">{t.publishedBy} : </span>
        {authorName(resource.organization, resource.owner) ?? t.unknownPublisher} ·{' '}
        {t.addedOn(formatDate(resource.created_at, lang) ?? '')}
      </p>
      <dl className="fr-mb-2w">
        <dt className="fr-text--bold">{t.onDataset}</dt>
        <dd className="fr-mb-1w">
          {resource.dataset ? (
            <Link to={`${base}/datasets/${resource.dataset.id}/community-resources`}>
              {resource.dataset.title}
            </Link>
          ) : (
            '—'
          )}
        </dd>
        <dt className="fr-text--bold">{t.format}</dt>
        <dd className="fr-mb-1w">
          {resource.format ?? '—'} · {formatSize(resource.filesize, lang)}
        </dd>
        <dt className="fr-text--bold">{t.availability}</dt>
        <dd className="fr-mb-1w">
          <AvailabilityCell resource={resource} />
        </dd>
      </dl>
      <ExternalLink href={href} url={resource.url} label={t.openFile} newTab={t.newTab} />
      <ReviewButton
        isReviewed={isReviewed}
        labels={t}
        disabled={!scope}
        onToggle={() => scope && setReviewed(scope, [resource.id], !isReviewed)}
      />

      {resource.permissions?.edit ? (
        <Alert className="fr-mt-3w" small severity="info" description={t.editable} />
      ) : (
        <Alert
          as="h2"
          className="fr-mt-3w"
          severity="info"
          title={t.whyReadOnlyTitle}
          description={t.whyReadOnly}
        />
      )}

      <TitledSection id="community-description-title" title={t.description} className="fr-mt-4w">
        {resource.description ? (
          <Markdown source={resource.description} />
        ) : (
          <p>{t.noDescription}</p>
        )}
      </TitledSection>

      {resource.dataset ? (
        <TitledSection id="community-report-title" title={t.reportTitle} className="fr-mt-4w">
          <p>{t.reportNotPossible}</p>
          <StartDiscussionForm
            subject={{ class: 'Dataset', id: resource.dataset.id }}
            organizationId={organizationId}
            prefill={{
              title: t.discussionTitle(resource.title),
              comment: t.discussionBody(resource.title, resource.url),
            }}
          />
        </TitledSection>
      ) : null}
    </DetailPage>
  )
}
