import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { reuseQueries } from '@/features/reuses/queries'
import { useMessages } from '@/i18n/messages'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { dataserviceMessages } from './messages'

/**
 * The reuses that name this API in their `dataservices` (udata's `dataservice=` filter on the
 * reuses list): the organization's own open in the console, the others on the portal.
 */
export function DataserviceReuses({
  organizationId,
  dataserviceId,
}: {
  organizationId: string
  dataserviceId: string
}) {
  const t = useMessages(dataserviceMessages)
  const reuses = useQuery(
    reuseQueries.list({ dataservice: dataserviceId, sort: '-created', page_size: 50 }),
  )
  if (reuses.isPending) return <LoadingState />
  if (reuses.isError)
    return <ErrorState error={reuses.error} onRetry={() => void reuses.refetch()} />
  const { data, total } = reuses.data
  if (total === 0) return <p>{t.noReuses}</p>
  return (
    <>
      <p>{t.reusesCount(total)}</p>
      <ul>
        {data.map((reuse) => (
          <li key={reuse.id}>
            {reuse.organization?.id === organizationId ? (
              <Link to={`/organizations/${organizationId}/reuses/${reuse.id}`}>{reuse.title}</Link>
            ) : reuse.page ? (
              <a href={reuse.page} target="_blank" rel="noopener noreferrer">
                {reuse.title}
              </a>
            ) : (
              reuse.title
            )}
            {reuse.organization && reuse.organization.id !== organizationId
              ? ` — ${reuse.organization.name}`
              : null}
          </li>
        ))}
      </ul>
    </>
  )
}
