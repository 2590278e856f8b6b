import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { formatDate } from '@/ui/dates'
import { authorName, labelOf } from '@/ui/labels'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import { ReuseStatusBadge } from './reuse-status-badge'

/** The reuses of one dataset, the organization's own and others', with a way to each. */
export function DatasetReusesTab({ datasetId }: { datasetId: string }) {
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  const { organizationId = '' } = useParams()
  const [searchParams] = useSearchParams()
  const reuses = useQuery(reuseQueries.ofDatasetPage(datasetId, searchParams))
  const types = useQuery(reuseQueries.types(lang))

  if (reuses.isPending) return <LoadingState />
  if (reuses.isError)
    return <ErrorState error={reuses.error} onRetry={() => void reuses.refetch()} />

  const { data } = reuses
  const visible = data.data.filter((reuse) => !reuse.deleted)
  return (
    <section aria-labelledby="dataset-reuses-title">
      <h2 id="dataset-reuses-title" className="fr-h4">
        {t.datasetReusesTitle}
      </h2>
      {visible.length === 0 ? (
        <p>{t.datasetReusesNone}</p>
      ) : (
        <>
          <p>{t.reusesCount(data.total)}</p>
          <ul className="fr-raw-list">
            {visible.map((reuse) => {
              const own = reuse.organization?.id === organizationId
              const href = own
                ? `/organizations/${organizationId}/reuses/${reuse.id}`
                : `/organizations/${organizationId}/review/${reuse.id}`
              return (
                <li
                  key={reuse.id}
                  className="fr-py-2w"
                  style={{ borderBottom: '1px solid var(--border-default-grey)' }}
                >
                  <p className="fr-text--lg fr-text--bold fr-mb-1v">
                    <Link to={href}>{reuse.title}</Link>
                  </p>
                  <p className="fr-text--sm fr-mb-1v">
                    {labelOf(types.data, reuse.type)} ·{' '}
                    {authorName(reuse.organization, reuse.owner) ?? t.unknownAuthor} ·{' '}
                    {formatDate(reuse.created_at, lang) ?? ''}
                  </p>
                  <p className="fr-mb-0">
                    <Badge
                      as="span"
                      small
                      noIcon
                      severity={own ? 'new' : 'info'}
                      className="fr-mr-1w"
                    >
                      {own ? t.ownReuse : t.othersReuse}
                    </Badge>
                    <ReuseStatusBadge reuse={reuse} />
                  </p>
                </li>
              )
            })}
          </ul>
          <Pagination list={data} hrefForPage={(n) => `?page=${n}`} />
        </>
      )}
    </section>
  )
}
