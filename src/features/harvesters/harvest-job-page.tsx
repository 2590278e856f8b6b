import { Select } from '@codegouvfr/react-dsfr/Select'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDateTime } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { LoadMore } from '@/ui/load-more'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { DetailPageFallback } from '@/ui/detail-page-fallback'
import { safeExternalUrl } from '@/ui/safe-url'
import { TitledSection } from '@/ui/titled-section'
import { DetailPage } from '@/ui/detail-page'
import { ItemStatusBadge, JobStatusBadge } from './harvest-badges'
import { itemStatuses, parseItemStatus } from './item-status-search'
import { itemCounts } from './job-counts'
import { harvestMessages } from './messages'
import { harvestQueries } from './queries'
import type { HarvestError } from './types'
import './harvesters.css'

function ErrorList({ errors }: { errors: readonly HarvestError[] }) {
  return (
    <ul className="harvest-errors">
      {errors.map((error, index) => (
        // errors have no id; their order is the log's
        <li key={index} style={{ overflowWrap: 'anywhere' }}>
          {error.message}
          {error.details ? (
            <pre className="fr-text--xs fr-mb-0" style={{ whiteSpace: 'pre-wrap' }}>
              {error.details}
            </pre>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** One harvest run: its outcome, its own errors, and its items by status (failed first). */
export function HarvestJobPage() {
  const { organizationId = '', sourceId = '', jobId = '' } = useParams()
  const t = useMessages(harvestMessages)
  const lang = useLanguage()
  const [searchParams, setSearchParams] = useSearchParams()
  const status = parseItemStatus(searchParams)
  const source = useQuery(harvestQueries.source(sourceId))
  const job = useQuery(harvestQueries.job(jobId))
  const items = useInfiniteQuery(harvestQueries.items(jobId, status))
  const title = job.data
    ? t.jobOf(formatDateTime(job.data.created, lang) ?? job.data.id)
    : t.jobsTitle
  usePageTitle(title)

  const base = `/organizations/${organizationId}/harvesters`
  const list = { label: t.title, to: base }
  if (!job.isSuccess) return <DetailPageFallback query={job} list={list} />
  const counts = itemCounts(job.data)
  const rows = items.data?.pages.flatMap((page) => page.data) ?? []
  const total = items.data?.pages[0]?.total ?? 0

  return (
    <DetailPage
      title={title}
      list={list}
      parent={{
        label: source.data?.name ?? job.data.source?.name ?? sourceId,
        to: `${base}/${sourceId}`,
      }}
    >
      <p className="fr-mb-1w">
        <JobStatusBadge status={job.data.status} />
      </p>
      <p className="fr-mb-1w">
        {t.startedEnded(
          formatDateTime(job.data.started, lang) ?? '—',
          formatDateTime(job.data.ended, lang) ?? '—',
        )}
      </p>
      <p>
        {t.itemsSummary(counts.total, counts.by_status.failed ?? 0)}
        {itemStatuses
          .filter((s) => s !== 'failed' && (counts.by_status[s] ?? 0) > 0)
          .map((s) => ` · ${t.itemStatus[s]} : ${counts.by_status[s] ?? 0}`)}
      </p>
      {job.data.errors.length > 0 ? (
        <TitledSection id="harvest-job-errors" title={t.jobErrors} className="fr-mb-3w">
          <ErrorList errors={job.data.errors} />
        </TitledSection>
      ) : null}

      <TitledSection id="harvest-job-items" title={t.itemsTitle}>
        <Select
          label={t.statusFilter}
          className="fr-mb-2w harvest-status-filter"
          nativeSelectProps={{
            value: status ?? 'all',
            onChange: (event) => setSearchParams({ status: event.target.value }, { replace: true }),
          }}
        >
          {itemStatuses.map((s) => (
            <option key={s} value={s}>
              {t.itemStatus[s]} ({counts.by_status[s] ?? 0})
            </option>
          ))}
          <option value="all">
            {t.allItems} ({counts.total})
          </option>
        </Select>
        {items.isPending ? (
          <LoadingState />
        ) : items.isError ? (
          <ErrorState error={items.error} onRetry={() => void items.refetch()} />
        ) : (
          <>
            {rows.length > 0 ? <p role="status">{t.itemsCount(total)}</p> : null}
            <DataTable
              caption={t.itemsCaption}
              className="fr-table--no-caption fr-table--multiline"
              columns={[t.remoteId, t.colStatus, t.harvestedDataset, t.errors]}
              rows={rows}
              empty={<p role="status">{t.noItems}</p>}
              renderRow={(item) => {
                const remote = safeExternalUrl(item.remote_url)
                return (
                  <tr key={item.remote_id}>
                    <td style={{ overflowWrap: 'anywhere' }}>
                      {item.remote_id}
                      {remote ? (
                        <span className="fr-hint-text fr-mt-1v">
                          <a href={remote} target="_blank" rel="noopener noreferrer">
                            {t.openRemote} <span className="fr-sr-only">{t.newTab}</span>
                          </a>
                        </span>
                      ) : null}
                    </td>
                    <td style={{ whiteSpace: 'nowrap' }}>
                      <ItemStatusBadge status={item.status} />
                    </td>
                    <td>
                      {item.dataset ? (
                        <Link to={`/organizations/${organizationId}/datasets/${item.dataset.id}`}>
                          {item.dataset.title}
                        </Link>
                      ) : (
                        t.noDataset
                      )}
                    </td>
                    <td>
                      {item.errors.length > 0 ? <ErrorList errors={item.errors} /> : t.noErrors}
                    </td>
                  </tr>
                )
              }}
            />
            <LoadMore list={items} label={t.loadMore} />
          </>
        )}
      </TitledSection>
    </DetailPage>
  )
}
