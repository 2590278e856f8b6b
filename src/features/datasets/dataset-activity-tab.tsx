import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { formatDateTime } from '@/ui/dates'
import { TitledSection } from '@/ui/titled-section'
import { useDatasetOutlet } from './dataset-outlet'
import { datasetMessages } from './messages'
import { datasetQueries } from './queries'
import { activityPageOf } from './tab-loaders'

/** Who changed which fields and when, from `/api/1/activity/?related_to=` (newest first). */
export function DatasetActivityTab() {
  const { dataset } = useDatasetOutlet()
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const [searchParams] = useSearchParams()
  const query = useQuery(datasetQueries.activity(dataset.id, activityPageOf(searchParams)))

  if (query.isPending) return <LoadingState />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const activity = query.data

  return (
    <TitledSection id="dataset-activity-title" title={t.activityTitle}>
      <DataTable
        caption={t.activityCaption}
        captionClassName="fr-sr-only"
        className="fr-table--sm"
        busy={query.isPlaceholderData}
        columns={[t.activityWhen, t.activityWho, t.activityWhat, t.activityFields]}
        rows={activity.data}
        empty={<p>{t.activityEmpty}</p>}
        renderRow={(item, index) => (
          <tr key={item.id ?? `${item.created_at}-${index}`}>
            <td>{formatDateTime(item.created_at, lang)}</td>
            <td>
              {item.actor
                ? `${item.actor.first_name} ${item.actor.last_name}`.trim()
                : t.activityUnknownActor}
            </td>
            <td>{item.label ?? item.key}</td>
            <td>{item.changes && item.changes.length > 0 ? item.changes.join(', ') : t.noValue}</td>
          </tr>
        )}
      />
      <Pagination list={activity} hrefForPage={(n) => (n === 1 ? '?' : `?page=${n}`)} />
    </TitledSection>
  )
}
