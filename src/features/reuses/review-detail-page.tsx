import { Accordion } from '@codegouvfr/react-dsfr/Accordion'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { SubjectDiscussions } from '@/features/discussions/subject-discussions'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { Markdown } from '@/ui/markdown'
import { usePageTitle } from '@/ui/page-title'
import { ExternalLink } from '@/ui/external-link'
import { ReviewButton, ReviewedBadge } from '@/ui/review-state'
import { safeExternalUrl } from '@/ui/safe-url'
import { TitledSection } from '@/ui/titled-section'
import { formatDate } from '@/ui/dates'
import { authorName, labelOf } from '@/ui/labels'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import { ReportReuseForm } from './report-reuse-form'
import { setReviewed, useReviewState } from '@/features/review/review-store'
import { ReuseStatusBadge } from './reuse-status-badge'
import { useReviewScope } from '@/features/review/use-review-scope'
import { DetailHeading, DetailPage } from '@/ui/detail-page'
import { DetailPageFallback } from '@/ui/detail-page-fallback'
import '@codegouvfr/react-dsfr/dsfr/component/accordion/accordion.main.min.css'

export function ReviewDetailPage() {
  const { organizationId = '', reuseId = '' } = useParams()
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  const detail = useQuery(reuseQueries.detail(reuseId))
  const types = useQuery(reuseQueries.types(lang))
  const topics = useQuery(reuseQueries.topics(lang))
  const scope = useReviewScope(organizationId, 'reuses')
  const { reviewed } = useReviewState(scope)
  usePageTitle(detail.data?.title ?? t.reviewTitle)

  const list = { label: t.reviewTitle, to: `/organizations/${organizationId}/review` }
  if (!detail.isSuccess) return <DetailPageFallback query={detail} list={list} />
  const reuse = detail.data
  const isReviewed = reviewed.has(reuse.id)
  const href = safeExternalUrl(reuse.url)
  const datasets = Array.isArray(reuse.datasets) ? reuse.datasets : []
  const ours = datasets.filter((dataset) => dataset.organization?.id === organizationId)

  return (
    <DetailPage title={reuse.title} list={list} heading={false}>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-8">
          <DetailHeading title={reuse.title} />
          <p className="fr-mb-1w">
            <ReviewedBadge isReviewed={isReviewed} labels={t} className="fr-mr-1w" />
            <ReuseStatusBadge reuse={reuse} />
          </p>
          <p className="fr-mb-1w">
            <span className="fr-text--bold">{t.author} : </span>
            {authorName(reuse.organization, reuse.owner) ?? t.unknownAuthor}
          </p>
          <p className="fr-mb-1w">
            {labelOf(types.data, reuse.type)} · {labelOf(topics.data, reuse.topic)} ·{' '}
            {t.published(formatDate(reuse.created_at, lang) ?? '')}
          </p>
          <ExternalLink
            href={href}
            url={reuse.url}
            label={t.openReuse}
            newTab={t.opensInNewTab}
            rel="noopener noreferrer nofollow"
          />
          <ReviewButton
            isReviewed={isReviewed}
            labels={t}
            disabled={!scope}
            onToggle={() => scope && setReviewed(scope, [reuse.id], !isReviewed)}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          {reuse.image ? (
            <img
              src={reuse.image}
              alt=""
              style={{ maxWidth: '100%', maxHeight: 240, objectFit: 'contain' }}
            />
          ) : null}
        </div>
      </div>

      <TitledSection id="review-description-title" title={t.fieldDescription} className="fr-mt-4w">
        <Markdown source={reuse.description} />
      </TitledSection>

      <TitledSection id="review-datasets-title" title={t.datasetsUsed} className="fr-mt-4w">
        {datasets.length === 0 ? (
          <p>{t.noLinkedDataset}</p>
        ) : (
          <ul>
            {datasets.map((dataset) => (
              <li key={dataset.id}>
                {dataset.organization?.id === organizationId ? (
                  <Link to={`/organizations/${organizationId}/datasets/${dataset.id}`}>
                    {dataset.title}
                  </Link>
                ) : (
                  dataset.title
                )}
                {dataset.organization?.name ? ` (${dataset.organization.name})` : null}
              </li>
            ))}
          </ul>
        )}
        {datasets.length > 0 && ours.length === 0 ? (
          <p className="fr-hint-text">{t.notOurs}</p>
        ) : null}
      </TitledSection>

      <TitledSection id="review-discussions-title" title={t.discussions} className="fr-mt-4w">
        <SubjectDiscussions
          subject={{ class: 'Reuse', id: reuse.id }}
          organizationId={organizationId}
        />
      </TitledSection>

      <div className="fr-mt-4w">
        <Accordion label={t.reportTitle} titleAs="h2">
          <ReportReuseForm reuseId={reuse.id} />
        </Accordion>
      </div>
    </DetailPage>
  )
}
