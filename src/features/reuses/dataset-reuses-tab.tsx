import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useQuery } from '@tanstack/react-query'
import { useParams, useSearchParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { formatDate } from '@/ui/dates'
import { authorName, labelOf } from '@/ui/labels'
import { ListCards } from '@/ui/list-cards'
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
    <ListCards
      id="dataset-reuses-title"
      title={t.datasetReusesTitle}
      items={visible}
      none={t.datasetReusesNone}
      count={t.reusesCount(data.total)}
      card={(reuse) => {
        const own = reuse.organization?.id === organizationId
        return {
          title: reuse.title,
          href: own
            ? `/organizations/${organizationId}/reuses/${reuse.id}`
            : `/organizations/${organizationId}/review/${reuse.id}`,
          meta: (
            <>
              {labelOf(types.data, reuse.type)} ·{' '}
              {authorName(reuse.organization, reuse.owner) ?? t.unknownAuthor} ·{' '}
              {formatDate(reuse.created_at, lang) ?? ''}
            </>
          ),
          extra: (
            <p className="fr-mb-0">
              <Badge as="span" small noIcon severity={own ? 'new' : 'info'} className="fr-mr-1w">
                {own ? t.ownReuse : t.othersReuse}
              </Badge>
              <ReuseStatusBadge reuse={reuse} />
            </p>
          ),
        }
      }}
      after={<Pagination list={data} hrefForPage={(n) => `?page=${n}`} />}
    />
  )
}
