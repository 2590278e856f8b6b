import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { CellNote } from '@/ui/cell-note'
import { DataTable } from '@/ui/data-table'
import { formatDateTime } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { describeOperation } from './format'
import { isInterrupted } from './job'
import { getJournal } from './journal-store'
import { bulkMessages } from './messages'
import { bulkQueries, type JobViewer, type ListedJob } from './queries'
import { findRunner, forgetRunner } from './runners'
import { bulkJobPath } from './start-job'
import { useJobViewer } from './use-job-viewer'
import { useJobList } from './use-jobs'
import './bulk.css'

function stateOf(header: ListedJob) {
  const runner = findRunner(header.id)
  if (runner) return runner.getSnapshot().interrupted ? 'interrupted' : header.state
  // Another tab runs it: its journal says how it is doing.
  if (header.elsewhere) return header.state
  return isInterrupted(header) || header.state === 'running' ? 'interrupted' : header.state
}

/** The account's bulk jobs on this organization, kept in this browser, newest first. */
export function BulkJobsPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(bulkMessages)
  const { viewer, me } = useJobViewer(organizationId)
  usePageTitle(t.jobsTitle)
  if (viewer) return <JobsList organizationId={organizationId} viewer={viewer} />
  if (me.isError) return <ErrorState page error={me.error} onRetry={() => void me.refetch()} />
  return <LoadingState />
}

function JobsList({ organizationId, viewer }: { organizationId: string; viewer: JobViewer }) {
  const t = useMessages(bulkMessages)
  const lang = useLanguage()
  const queryClient = useQueryClient()
  const jobs = useJobList(viewer, organizationId)

  async function forget(jobId: string) {
    const journal = await getJournal()
    await journal.deleteJob(jobId)
    forgetRunner(jobId)
    await queryClient.invalidateQueries({ queryKey: bulkQueries.all() })
  }

  return (
    <>
      <h1 className="fr-h3">{t.jobsTitle}</h1>
      <p>{t.jobsIntro}</p>
      {jobs.isPending ? <LoadingState /> : null}
      {jobs.isError ? <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} /> : null}
      {jobs.data && jobs.data.length === 0 ? (
        <>
          <Alert severity="info" small description={t.noJobs} className="fr-mb-2w" />
          <Link to={`/organizations/${encodeURIComponent(organizationId)}/datasets`}>
            {t.goToDatasets}
          </Link>
        </>
      ) : null}
      {jobs.data && jobs.data.length > 0 ? (
        <DataTable
          caption={t.jobsCaption}
          className="fr-table--no-caption"
          columns={[
            t.columnDate,
            t.columnOperation,
            t.columnState,
            t.columnProgress,
            t.columnActions,
          ]}
          rows={jobs.data}
          renderRow={(header) => {
            const state = stateOf(header)
            const date = formatDateTime(header.created_at, lang) ?? ''
            return (
              <tr key={header.id}>
                <td>{date}</td>
                <td>
                  {describeOperation(header.operation, t)}
                  <CellNote>{t.datasetsCount(header.total)}</CellNote>
                </td>
                <td>
                  <p
                    className={`fr-badge fr-badge--sm ${state === 'interrupted' ? 'fr-badge--warning' : state === 'finished' ? 'fr-badge--success' : 'fr-badge--info'}`}
                  >
                    {t.states[state]}
                  </p>
                </td>
                <td>
                  {(['done', 'failed', 'conflict', 'pending'] as const)
                    .filter((status) => header.counts[status] > 0)
                    .map((status) => t.statusCount(t.statuses[status], header.counts[status]))
                    .join(' · ')}
                </td>
                <td>
                  <div className="bulk-actions">
                    <Link
                      className="fr-btn fr-btn--sm"
                      to={bulkJobPath(organizationId, header.id)}
                      aria-label={t.openJob(date)}
                    >
                      {state === 'interrupted' ? t.resume : t.open}
                    </Link>
                    {state !== 'running' && !header.elsewhere ? (
                      <Button
                        size="small"
                        priority="tertiary"
                        title={t.deleteJobLabel(date)}
                        nativeButtonProps={{ 'aria-label': t.deleteJobLabel(date) }}
                        onClick={() => void forget(header.id)}
                      >
                        {t.deleteJob}
                      </Button>
                    ) : null}
                  </div>
                </td>
              </tr>
            )
          }}
        />
      ) : null}
    </>
  )
}
