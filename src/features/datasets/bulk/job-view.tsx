import { useQueryClient } from '@tanstack/react-query'
import { useState, useSyncExternalStore } from 'react'
import { useNavigate } from 'react-router'
import { dateStamp, downloadBlob } from '@/csv/download'
import { csvBlob, defaultDelimiter } from '@/csv/write'
import { datasetQueries } from '@/features/datasets/queries'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from '@/ui/error-text'
import { usePageTitle } from '@/ui/page-title'
import { useBeforeUnloadGuard } from '@/ui/use-unsaved-changes-guard'
import type { JobRunner } from './apply'
import { ConcurrencySelect } from './concurrency-select'
import { describeOperation } from './format'
import { heartbeatTimeoutMs, isRetryable } from './job'
import { ConfirmJobDialog, ControlRow } from './job-controls'
import { JobHeading } from './job-heading'
import { JobNotes } from './job-notes'
import { ProgressPanel } from './job-progress'
import { reportRows } from './job-report'
import { ResultsList } from './job-results'
import { bulkMessages } from './messages'
import { bulkQueries } from './queries'
import { canRevert, createRevertJob } from './revert'
import { bulkJobPath, startJob } from './start-job'
import { useValueLabels } from './use-value-labels'
import './bulk.css'

/** One job, live: its state and progress, the buttons that steer it, and every dataset's outcome. */
export function JobView({
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
  const { counts } = progress
  // Followed from the journal, a job run elsewhere is in the state that tab wrote.
  const state = elsewhere ? job.state : snapshot.state
  const [resumedHere, setResumedHere] = useState(false)
  const [confirm, setConfirm] = useState<'cancel' | 'revert' | null>(null)
  const [revertError, setRevertError] = useState<string | null>(null)
  // Each item's touched fields are set when the job is planned, and the view is keyed by job:
  // read once, not on every snapshot (each one copies `items`, so a memo on it would not hold).
  const [fields] = useState(() => new Set(job.items.flatMap((item) => item.touched)))
  const labels = useValueLabels(organizationId, fields)
  const title = describeOperation(job.operation, t)
  usePageTitle(t.jobTitle(title))
  useBeforeUnloadGuard(state === 'running', t.leaveWarning)

  const showInterrupted =
    (interrupted || snapshot.interrupted) && !resumedHere && state === 'paused'
  const [openedAt] = useState(() => Date.now())
  const heartbeatFresh = openedAt - Date.parse(job.heartbeat_at) < heartbeatTimeoutMs
  const retryable = job.items.filter(isRetryable).length
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
      own.annotate({ revertedByJobId: revertJob.id })
      await queryClient.invalidateQueries({ queryKey: bulkQueries.all() })
      void navigate(bulkJobPath(organizationId, revertJob.id))
    } catch (error) {
      setRevertError(errorText(error))
    }
  }

  return (
    <>
      <JobHeading
        organizationId={organizationId}
        job={job}
        title={title}
        stateLabel={
          showInterrupted ? t.states.interrupted : held ? t.heldStates[held] : t.states[state]
        }
        warn={showInterrupted}
        t={t}
      />
      <JobNotes
        state={state}
        interrupted={showInterrupted}
        heartbeatFresh={heartbeatFresh}
        elsewhere={elsewhere}
        held={held}
        counts={counts}
        journalError={snapshot.journal_error}
        revertError={revertError}
        t={t}
      />

      <ProgressPanel snapshot={snapshot} t={t} />

      <ControlRow
        elsewhere={elsewhere}
        controls={[
          state === 'running' && {
            key: 'pause',
            label: t.pause,
            iconId: 'fr-icon-pause-circle-line',
            priority: 'secondary',
            onClick: () => void withRunner((own) => own.pause()),
          },
          (state === 'paused' || state === 'ready') &&
            counts.pending > 0 && {
              key: 'resume',
              label: state === 'ready' ? t.start : t.resume,
              iconId: 'fr-icon-play-circle-line',
              onClick: () => run((own) => own.resume()),
            },
          isLive &&
            counts.pending > 0 && {
              key: 'cancel',
              label: t.cancelJob,
              iconId: 'fr-icon-close-circle-line',
              priority: 'tertiary',
              onClick: () => setConfirm('cancel'),
            },
        ]}
      >
        {isLive ? (
          <ConcurrencySelect
            label={t.concurrency}
            disabled={elsewhere}
            value={snapshot.concurrency}
            onChange={(value) => void withRunner((own) => own.setConcurrency(value))}
          />
        ) : null}
      </ControlRow>

      {!isLive || (state === 'paused' && counts.pending === 0) ? (
        <ControlRow
          elsewhere={elsewhere}
          controls={[
            retryable > 0 && {
              key: 'retry',
              label: counts.failed > 0 ? t.retryFailed(counts.failed) : t.retryCancelled(retryable),
              iconId: 'fr-icon-refresh-line',
              onClick: () => run((own) => own.retryFailed()),
            },
            {
              key: 'report',
              label: t.downloadReport,
              iconId: 'fr-icon-download-line',
              priority: 'secondary',
              anywhere: true,
              onClick: () =>
                downloadBlob(
                  csvBlob(reportRows(job.items, t, labels), defaultDelimiter(lang)),
                  `bulk-report-${dateStamp(new Date(job.created_at))}.csv`,
                ),
            },
            canRevert(job) && {
              key: 'revert',
              label: t.revert,
              iconId: 'fr-icon-arrow-go-back-line',
              priority: 'secondary',
              onClick: () => setConfirm('revert'),
            },
          ]}
        />
      ) : null}

      <ResultsList organizationId={organizationId} items={job.items} labels={labels} t={t} />

      <ConfirmJobDialog
        confirm={confirm}
        done={counts.done}
        onClose={() => setConfirm(null)}
        onConfirm={(action) => {
          if (action === 'revert') void handleRevert()
          else {
            setConfirm(null)
            void withRunner((own) => own.cancel())
          }
        }}
        t={t}
      />
    </>
  )
}
