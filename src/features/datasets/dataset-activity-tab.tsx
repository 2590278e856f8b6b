import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { z } from 'zod'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { useDatasetOutlet } from './dataset-outlet'
import { formatDateTime } from './format'
import { datasetMessages } from './messages'
import { datasetQueries } from './queries'

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1)

/** Who changed which fields and when, from `/api/1/activity/?related_to=` (newest first). */
export function DatasetActivityTab() {
  const { dataset } = useDatasetOutlet()
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const [searchParams] = useSearchParams()
  const page = pageSchema.parse(searchParams.get('page') ?? undefined)
  const query = useQuery(datasetQueries.activity(dataset.id, page))

  if (query.isPending) return <LoadingState />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const activity = query.data

  return (
    <section aria-labelledby="dataset-activity-title">
      <h2 id="dataset-activity-title" className="fr-h4">
        {t.activityTitle}
      </h2>
      {activity.data.length === 0 ? (
        <p>{t.activityEmpty}</p>
      ) : (
        <div className="fr-table fr-table--sm" aria-busy={query.isPlaceholderData}>
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption className="fr-sr-only">{t.activityCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.activityWhen}</th>
                      <th scope="col">{t.activityWho}</th>
                      <th scope="col">{t.activityWhat}</th>
                      <th scope="col">{t.activityFields}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {activity.data.map((item, index) => (
                      <tr key={item.id ?? `${item.created_at}-${index}`}>
                        <td>{formatDateTime(item.created_at, lang)}</td>
                        <td>
                          {item.actor
                            ? `${item.actor.first_name} ${item.actor.last_name}`.trim()
                            : t.activityUnknownActor}
                        </td>
                        <td>{item.label ?? item.key}</td>
                        <td>
                          {item.changes && item.changes.length > 0
                            ? item.changes.join(', ')
                            : t.noValue}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      <Pagination
        page={activity.page}
        pageSize={activity.page_size}
        total={activity.total}
        previousPage={activity.previous_page}
        nextPage={activity.next_page}
        hrefForPage={(n) => (n === 1 ? '?' : `?page=${n}`)}
      />
    </section>
  )
}
