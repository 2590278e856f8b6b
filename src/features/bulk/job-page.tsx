import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { dateStamp, downloadBlob } from '@/csv/download'
import { csvBlob, defaultDelimiter } from '@/csv/write'
import { datasetQueries } from '@/features/datasets/queries'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDateTime } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { useBeforeUnloadGuard } from '@/ui/use-unsaved-changes-guard'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { maxConcurrency, minConcurrency, type JobRunner, type RunnerSnapshot } from './apply'
import { BulkDialog } from './bulk-dialog'
import { ChangeList } from './change-list'
import type { BulkField } from './fields'
import { describeOperation, formatValue, type ValueLabels } from './format'
import { heartbeatTimeoutMs, isRetryable, itemStatuses, type ItemStatus, type JobItem } from './job'
import { bulkMessages, type BulkMessages } from './messages'
import { VirtualList } from './plan-preview'
import { bulkQueries, type JobViewer } from './queries'
import { canRevert, createRevertJob } from './revert'
import { bulkJobPath, startJob } from './start-job'
import { useJobViewer } from './use-job-viewer'
import { useLoadedJob } from './use-jobs'
import { useValueLabels } from './use-value-labels'
import { useErrorText } from '@/ui/error-text'
import './bulk.css'

const badgeClass: Record<ItemStatus, string> = {
  pending: 'fr-badge--info',
  done: 'fr-badge--success',
  unchanged: '',
  conflict: 'fr-badge--warning',
  failed: 'fr-badge--error',
  skipped: 'fr-badge--new',
}

function itemDetail(item: JobItem, t: BulkMessages): string {
  if (item.status === 'conflict' && item.message)
    return t.conflictMessage(
      item.message
        .split(', ')
        .map((field) => t.fields[field as BulkField] ?? field)
        .join(', '),
    )
  if (item.status === 'skipped' && item.skip_reason) return t.skipReasons[item.skip_reason]
  if (item.status === 'pending' && item.message) return t.retrying(item.attempts, item.message)
  if (item.status === 'failed') return item.message ?? ''
  return ''
}

function reportRows(items: readonly JobItem[], t: BulkMessages, labels: ValueLabels): string[][] {
  return [
    t.reportColumns,
    ...items.map((item) => [
      item.dataset_id,
      item.title,
      t.statuses[item.status],
      item.touched.map((field) => t.fields[field]).join(', '),
      item.touched.map((field) => formatValue(field, item.before, t, labels)).join(' | '),
      item.touched.map((field) => formatValue(field, item.after, t, labels)).join(' | '),
      itemDetail(item, t),
    ]),
  ]
}

function ProgressPanel({ snapshot, t }: { snapshot: RunnerSnapshot; t: BulkMessages }) {
  const { progress } = snapshot
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!progress.waiting_until) return
    const timer = setInterval(() => setNow(Date.now()), 500)
    return () => clearInterval(timer)
  }, [progress.waiting_until])
  const max = Math.max(1, progress.to_process)
  return (
    <div className="fr-mb-3w">
      <p id="bulk-progress-label" className="fr-text--bold fr-mb-1w">
        {t.progressLabel}
      </p>
      <progress
        className="bulk-progress"
        aria-labelledby="bulk-progress-label"
        max={max}
        value={progress.processed}
      />
      <p className="bulk-progress-line" aria-live="polite">
        <span>{t.progressText(progress.processed, progress.to_process)}</span>
        {snapshot.state === 'running' && progress.remaining_ms ? (
          <span>{t.timeLeft(progress.remaining_ms)}</span>
        ) : null}
        {snapshot.state === 'running' && progress.rate ? (
          <span>{t.rate(progress.rate)}</span>
        ) : null}
      </p>
      <ul className="fr-badges-group fr-mt-1w">
        {itemStatuses
          .filter((status) => progress.counts[status] > 0)
          .map((status) => (
            <li key={status}>
              <p className={`fr-badge fr-badge--sm ${badgeClass[status]}`}>
                {t.statusCount(t.statuses[status], progress.counts[status])}
              </p>
            </li>
          ))}
      </ul>
      {progress.waiting_until && progress.waiting_until > now ? (
        <Alert
          severity="info"
          small
          description={t.waitingRateLimit(progress.waiting_until - now)}
        />
      ) : null}
    </div>
  )
}

function ResultsList({
  organizationId,
  items,
  labels,
  t,
}: {
  organizationId: string
  items: readonly JobItem[]
  labels: ValueLabels
  t: BulkMessages
}) {
  const [filter, setFilter] = useState<ItemStatus | 'all'>('all')
  const counts = useMemo(() => {
    const result = Object.fromEntries(itemStatuses.map((status) => [status, 0])) as Record<
      ItemStatus,
      number
    >
    for (const item of items) result[item.status] += 1
    return result
  }, [items])
  const shown = useMemo(
    () => (filter === 'all' ? items : items.filter((item) => item.status === filter)),
    [items, filter],
  )
  return (
    <section aria-labelledby="bulk-results-title" className="fr-mt-4w">
      <h2 id="bulk-results-title" className="fr-h5">
        {t.resultsTitle}
      </h2>
      <Select
        label={t.filterStatus}
        nativeSelectProps={{
          value: filter,
          onChange: (event) => setFilter(event.target.value as ItemStatus | 'all'),
        }}
      >
        <option value="all">{t.allStatuses(items.length)}</option>
        {itemStatuses.map((status) => (
          <option key={status} value={status} disabled={counts[status] === 0}>
            {t.statusCount(t.statuses[status], counts[status])}
          </option>
        ))}
      </Select>
      {shown.length === 0 ? (
        <p>{t.noResults}</p>
      ) : (
        <VirtualList
          key={filter}
          tall
          items={shown}
          label={t.datasetsCount(shown.length)}
          estimateSize={84}
          getKey={(item) => item.dataset_id}
          renderItem={(item) => (
            <div className="bulk-results__row">
              <div>
                <Link
                  to={`/organizations/${encodeURIComponent(organizationId)}/datasets/${encodeURIComponent(item.dataset_id)}`}
                  aria-label={t.openDataset(item.title)}
                >
                  {item.title}
                </Link>
              </div>
              <div>
                <p className={`fr-badge fr-badge--sm ${badgeClass[item.status]}`}>
                  {t.statuses[item.status]}
                </p>
              </div>
              <div>
                <ChangeList
                  touched={item.touched}
                  before={item.before}
                  after={item.after}
                  labels={labels}
                  t={t}
                />
                {itemDetail(item, t) ? (
                  <p className="fr-text--sm fr-mb-0 fr-mt-1v">{itemDetail(item, t)}</p>
                ) : null}
              </div>
            </div>
          )}
        />
      )}
    </section>
  )
}

function JobView({
  organizationId,
  runner,
  owned,
  elsewhere,
  interrupted,
  claim,
}: {
  organizationId: string
  runner: JobRunner
  owned: boolean
  elsewhere: boolean
  interrupted: boolean
  /** Takes the job's runner for this tab; null when another tab got it first. */
  claim: () => Promise<JobRunner | null>
}) {
  const t = useMessages(bulkMessages)
  const errorText = useErrorText()
  const lang = useLanguage()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const snapshot = useSyncExternalStore(runner.subscribe, runner.getSnapshot)
  const { job, progress } = snapshot
  // Followed from the journal, a job run elsewhere is in the state that tab wrote.
  const state = elsewhere ? job.state : snapshot.state
  const [resumedHere, setResumedHere] = useState(false)
  const [confirm, setConfirm] = useState<'cancel' | 'revert' | null>(null)
  const [revertError, setRevertError] = useState<string | null>(null)
  const fields = useMemo(() => new Set(job.items.flatMap((item) => item.touched)), [job.items])
  const labels = useValueLabels(organizationId, fields)
  const title = describeOperation(job.operation, t)
  usePageTitle(t.jobTitle(title))
  useBeforeUnloadGuard(state === 'running', t.leaveWarning)

  const showInterrupted =
    (interrupted || snapshot.interrupted) && !resumedHere && state === 'paused'
  const [openedAt] = useState(() => Date.now())
  const heartbeatFresh = openedAt - Date.parse(job.heartbeat_at) < heartbeatTimeoutMs
  const retryable = job.items.filter(isRetryable).length
  const failedCount = progress.counts.failed
  const isLive = state === 'running' || state === 'paused' || state === 'ready'
  // Paused by the runner itself (key refused, server down): it resumes by itself.
  const held = state === 'paused' ? job.pause_reason : undefined

  /** Every change to the job goes through this tab's own runner, claimed first if need be. */
  async function withRunner(action: (own: JobRunner) => unknown) {
    const own = owned ? runner : await claim()
    if (own) await action(own)
  }

  function run(action: (own: JobRunner) => Promise<unknown>) {
    setResumedHere(true)
    void withRunner((own) =>
      action(own).then(() => queryClient.invalidateQueries({ queryKey: datasetQueries.all() })),
    )
  }

  async function handleRevert() {
    setConfirm(null)
    setRevertError(null)
    try {
      const own = owned ? runner : await claim()
      if (!own) return
      const revertJob = createRevertJob(job, { concurrency: snapshot.concurrency })
      await startJob(revertJob, queryClient)
      own.annotate({ reverted_by_job_id: revertJob.id })
      await queryClient.invalidateQueries({ queryKey: bulkQueries.all() })
      void navigate(bulkJobPath(organizationId, revertJob.id))
    } catch (error) {
      setRevertError(errorText(error))
    }
  }

  return (
    <>
      <p className="fr-mb-2w">
        <Link
          to={bulkJobPath(organizationId)}
          className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
        >
          {t.backToJobs}
        </Link>
      </p>
      <p className="fr-text--sm fr-text--bold fr-mb-1v">{t.jobKicker}</p>
      <h1 className="fr-h3">{title}</h1>
      <p className="fr-mb-1w">
        {t.createdAt(formatDateTime(job.created_at, lang, 'long') ?? '')} ·{' '}
        <span
          className={`fr-badge fr-badge--sm ${showInterrupted ? 'fr-badge--warning' : 'fr-badge--info'}`}
        >
          {showInterrupted ? t.states.interrupted : held ? t.heldStates[held] : t.states[state]}
        </span>
      </p>
      {job.reverts_job_id ? (
        <p className="fr-mb-1w">
          {t.revertOf}{' '}
          <Link to={bulkJobPath(organizationId, job.reverts_job_id)}>
            {job.reverts_job_id.slice(0, 8)}
          </Link>
        </p>
      ) : null}
      {job.reverted_by_job_id ? (
        <p className="fr-mb-1w">
          {t.revertedBy}{' '}
          <Link to={bulkJobPath(organizationId, job.reverted_by_job_id)}>
            {job.reverted_by_job_id.slice(0, 8)}
          </Link>
        </p>
      ) : null}

      {showInterrupted ? (
        <Alert
          severity="warning"
          small
          className="fr-mb-2w"
          description={`${t.interruptedHint}${heartbeatFresh ? ` ${t.maybeElsewhere}` : ''}`}
        />
      ) : null}
      {elsewhere ? (
        <Alert
          severity="info"
          small
          className="fr-mb-2w"
          description={t.runElsewhere}
          role="status"
        />
      ) : null}
      {state === 'paused' && !showInterrupted && !elsewhere ? (
        <Alert
          severity={held ? 'warning' : 'info'}
          small
          className="fr-mb-2w"
          description={held ? t.heldHints[held] : t.pausedHint}
        />
      ) : null}
      {state === 'finished' || state === 'cancelled' ? (
        <Alert
          severity={failedCount + progress.counts.conflict > 0 ? 'warning' : 'success'}
          small
          className="fr-mb-2w"
          description={t.finishedSummary(
            progress.counts.done,
            failedCount,
            progress.counts.conflict,
          )}
        />
      ) : null}
      {snapshot.journal_error ? (
        <Alert
          severity="error"
          small
          className="fr-mb-2w"
          description={t.journalError(snapshot.journal_error)}
        />
      ) : null}
      {revertError ? (
        <Alert severity="error" small className="fr-mb-2w" description={revertError} />
      ) : null}

      <ProgressPanel snapshot={snapshot} t={t} />

      <div className="bulk-controls">
        {state === 'running' ? (
          <Button
            priority="secondary"
            iconId="fr-icon-pause-circle-line"
            disabled={elsewhere}
            onClick={() => void withRunner((own) => own.pause())}
          >
            {t.pause}
          </Button>
        ) : null}
        {(state === 'paused' || state === 'ready') && progress.counts.pending > 0 ? (
          <Button
            iconId="fr-icon-play-circle-line"
            disabled={elsewhere}
            onClick={() => run((own) => own.resume())}
          >
            {state === 'ready' ? t.start : t.resume}
          </Button>
        ) : null}
        {isLive && progress.counts.pending > 0 ? (
          <Button
            priority="tertiary"
            iconId="fr-icon-close-circle-line"
            disabled={elsewhere}
            onClick={() => setConfirm('cancel')}
          >
            {t.cancelJob}
          </Button>
        ) : null}
        {isLive ? (
          <Select
            label={t.concurrency}
            disabled={elsewhere}
            nativeSelectProps={{
              value: String(snapshot.concurrency),
              onChange: (event) => {
                const value = Number(event.target.value)
                void withRunner((own) => own.setConcurrency(value))
              },
            }}
          >
            {Array.from(
              { length: maxConcurrency - minConcurrency + 1 },
              (_, index) => index + minConcurrency,
            ).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        ) : null}
      </div>

      {!isLive || (state === 'paused' && progress.counts.pending === 0) ? (
        <div className="bulk-controls">
          {retryable > 0 ? (
            <Button
              iconId="fr-icon-refresh-line"
              disabled={elsewhere}
              onClick={() => run((own) => own.retryFailed())}
            >
              {failedCount > 0 ? t.retryFailed(failedCount) : t.retryCancelled(retryable)}
            </Button>
          ) : null}
          <Button
            priority="secondary"
            iconId="fr-icon-download-line"
            onClick={() =>
              downloadBlob(
                csvBlob(reportRows(job.items, t, labels), defaultDelimiter(lang)),
                `bulk-report-${dateStamp(new Date(job.created_at))}.csv`,
              )
            }
          >
            {t.downloadReport}
          </Button>
          {canRevert(job) ? (
            <Button
              priority="secondary"
              iconId="fr-icon-arrow-go-back-line"
              disabled={elsewhere}
              onClick={() => setConfirm('revert')}
            >
              {t.revert}
            </Button>
          ) : null}
        </div>
      ) : null}

      <ResultsList organizationId={organizationId} items={job.items} labels={labels} t={t} />

      <BulkDialog
        open={confirm !== null}
        title={confirm === 'revert' ? t.revert : t.cancelJob}
        closeLabel={t.close}
        onClose={() => setConfirm(null)}
      >
        <p>{confirm === 'revert' ? t.revertConfirm(progress.counts.done) : t.cancelConfirm}</p>
        <div className="bulk-actions">
          <Button
            onClick={() => {
              if (confirm === 'revert') void handleRevert()
              else {
                setConfirm(null)
                void withRunner((own) => own.cancel())
              }
            }}
          >
            {t.confirm}
          </Button>
          <Button priority="secondary" onClick={() => setConfirm(null)}>
            {t.cancel}
          </Button>
        </div>
      </BulkDialog>
    </>
  )
}

export function BulkJobPage() {
  const { organizationId = '', jobId = '' } = useParams()
  const t = useMessages(bulkMessages)
  const { viewer, me } = useJobViewer(organizationId)
  usePageTitle(t.jobsTitle)
  if (viewer) return <JobLoader organizationId={organizationId} jobId={jobId} viewer={viewer} />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />
  return <LoadingState />
}

function JobLoader({
  organizationId,
  jobId,
  viewer,
}: {
  organizationId: string
  jobId: string
  viewer: JobViewer
}) {
  const t = useMessages(bulkMessages)
  const { query, claim } = useLoadedJob(jobId, viewer, organizationId)

  if (query.isPending) return <LoadingState />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (!query.data)
    return (
      <>
        <h1 className="fr-h3">{t.jobsTitle}</h1>
        <Alert severity="info" small description={t.jobNotFound} className="fr-mb-2w" />
        <Link to={bulkJobPath(organizationId)}>{t.backToJobs}</Link>
      </>
    )
  return (
    <JobView
      key={jobId}
      organizationId={organizationId}
      runner={query.data.runner}
      owned={query.data.owned}
      elsewhere={query.data.elsewhere}
      interrupted={query.data.interrupted}
      claim={claim}
    />
  )
}
