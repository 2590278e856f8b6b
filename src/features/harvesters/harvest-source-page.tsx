import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDate, formatDateTime } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { LoadMore } from '@/ui/load-more'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { safeExternalUrl } from '@/ui/safe-url'
import { TitledSection } from '@/ui/titled-section'
import { DetailPage } from '@/ui/detail-page'
import { DetailPageFallback } from '@/ui/detail-page-fallback'
import { JobStatusBadge, Schedule, ValidationBadge } from './harvest-badges'
import { itemCounts } from './job-counts'
import { harvestMessages } from './messages'
import { harvestQueries } from './queries'
import './harvesters.css'

/** One harvest source: what it harvests, its validation, and its runs (followed by `next_page`). */
export function HarvestSourcePage() {
  const { organizationId = '', sourceId = '' } = useParams()
  const t = useMessages(harvestMessages)
  const lang = useLanguage()
  const source = useQuery(harvestQueries.source(sourceId))
  const jobs = useInfiniteQuery(harvestQueries.jobs(sourceId))
  const backends = useQuery(harvestQueries.backends())
  usePageTitle(source.data?.name ?? t.title)

  const base = `/organizations/${organizationId}/harvesters`
  const list = { label: t.title, to: base }
  if (!source.isSuccess) return <DetailPageFallback query={source} list={list} />
  const s = source.data
  const url = safeExternalUrl(s.url)
  const rows = jobs.data?.pages.flatMap((page) => page.data) ?? []

  return (
    <DetailPage title={s.name} list={list}>
      <p className="fr-mb-2w">
        <ValidationBadge state={s.validation.state} />
        {s.last_job ? (
          <>
            {' '}
            <JobStatusBadge status={s.last_job.status} />
          </>
        ) : null}
      </p>
      <TitledSection id="harvest-source-details" title={t.sourceDetails}>
        <dl className="harvest-facts">
          <dt>{t.colBackend}</dt>
          <dd>{backends.data?.find((b) => b.id === s.backend)?.label ?? s.backend}</dd>
          <dt>{t.colUrl}</dt>
          <dd style={{ overflowWrap: 'anywhere' }}>
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {s.url} <span className="fr-sr-only">{t.newTab}</span>
              </a>
            ) : (
              s.url
            )}
          </dd>
          <dt>{t.colValidation}</dt>
          <dd>
            {t.validation[s.validation.state] ?? s.validation.state}
            {s.validation.on ? ` (${formatDate(s.validation.on, lang) ?? ''})` : null}
            {s.validation.comment ? ` — ${s.validation.comment}` : null}
          </dd>
          <dt>{t.colSchedule}</dt>
          <dd>
            <Schedule cron={s.schedule} />
          </dd>
          <dt>{t.createdOn}</dt>
          <dd>{formatDate(s.created_at, lang) ?? '—'}</dd>
          {s.autoarchive !== undefined ? (
            <>
              <dt>{t.autoarchive}</dt>
              <dd>{s.autoarchive ? t.autoarchiveOn : t.no}</dd>
            </>
          ) : null}
          {s.deleted ? (
            <>
              <dt>{t.deleted}</dt>
              <dd>{formatDate(s.deleted, lang) ?? ''}</dd>
            </>
          ) : null}
        </dl>
      </TitledSection>

      <TitledSection id="harvest-source-jobs" title={t.jobsTitle} className="fr-mt-4w">
        {jobs.isPending ? (
          <LoadingState />
        ) : jobs.isError ? (
          <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />
        ) : (
          <>
            <DataTable
              caption={t.jobsCaption}
              className="fr-table--no-caption fr-table--multiline"
              columns={[t.colJob, t.colStatus, t.colItems, t.colEnded]}
              rows={rows}
              empty={<p>{t.noJobs}</p>}
              renderRow={(job) => {
                const counts = itemCounts(job)
                return (
                  <tr key={job.id}>
                    <td>
                      <Link to={`${base}/${s.id}/jobs/${job.id}`}>
                        {t.jobOf(formatDateTime(job.created, lang) ?? job.id)}
                      </Link>
                    </td>
                    <td>
                      <JobStatusBadge status={job.status} />
                    </td>
                    <td>{t.itemsSummary(counts.total, counts.by_status.failed ?? 0)}</td>
                    <td>{formatDateTime(job.ended, lang) ?? '—'}</td>
                  </tr>
                )
              }}
            />
            <LoadMore list={jobs} label={t.loadMore} />
          </>
        )}
      </TitledSection>
    </DetailPage>
  )
}
