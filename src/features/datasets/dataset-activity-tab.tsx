import { useMessages } from '@/i18n/messages'
import { useLanguage } from '@/i18n/language'
import { DataTable } from '@/ui/data-table'
import { formatDateTime } from '@/ui/dates'
import { ListResults } from '@/ui/list-results'
import { usePagedList } from '@/ui/paged-list'
import { TitledSection } from '@/ui/titled-section'
import { activityLabel, activityLabels } from './activity-labels'
import { useDatasetOutlet } from './dataset-outlet'
import { datasetMessages } from './messages'
import { datasetPageMessages } from './page-messages'
import { datasetQueries } from './queries'
import { activityPageOf } from './tab-loaders'

type ActivitySearch = { page: number }
const parseActivitySearch = (params: URLSearchParams): ActivitySearch => ({
  page: activityPageOf(params),
})
const serializeActivitySearch = ({ page }: ActivitySearch) =>
  new URLSearchParams(page === 1 ? {} : { page: String(page) })

/**
 * Who changed which fields and when, from `/api/1/activity/?related_to=` (newest first). Paged
 * like every list: a page past the end (an old link) goes to the last one, with a notice.
 */
export function DatasetActivityTab() {
  const { dataset } = useDatasetOutlet()
  const t = useMessages(datasetPageMessages)
  const { noValue } = useMessages(datasetMessages)
  const labels = useMessages(activityLabels)
  const lang = useLanguage()
  const { table } = usePagedList(parseActivitySearch, serializeActivitySearch, (_search, page) =>
    datasetQueries.activity(dataset.id, page),
  )

  return (
    <TitledSection id="dataset-activity-title" title={t.activityTitle}>
      <ListResults
        query={table.query}
        page={table.page}
        recovering={table.recovering}
        hrefForPage={table.hrefForPage}
      >
        {(activity) => (
          <DataTable
            caption={t.activityCaption}
            captionClassName="fr-sr-only"
            className="fr-table--sm"
            busy={table.busy}
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
                <td>{activityLabel(labels, item.key) ?? item.label ?? item.key}</td>
                <td>
                  {item.changes && item.changes.length > 0 ? item.changes.join(', ') : noValue}
                </td>
              </tr>
            )}
          />
        )}
      </ListResults>
    </TitledSection>
  )
}
