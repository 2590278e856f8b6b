import { Alert, type AlertProps } from '@codegouvfr/react-dsfr/Alert'
import type { ItemStatus, JobState, PauseReason } from './job'
import type { BulkMessages } from './messages'

type Note = {
  key: string
  severity: AlertProps.Severity
  description: string
  role?: 'status'
}

/** What the user should know about the job now, most urgent first. */
export function JobNotes({
  state,
  interrupted,
  heartbeatFresh,
  elsewhere,
  held,
  counts,
  journalError,
  revertError,
  t,
}: {
  state: JobState
  /** Stopped by a closed tab, not by the user; offered for resuming. */
  interrupted: boolean
  /** The job's heartbeat is recent: another tab may still be running it. */
  heartbeatFresh: boolean
  elsewhere: boolean
  held?: PauseReason
  counts: Record<ItemStatus, number>
  journalError: string | null
  revertError: string | null
  t: BulkMessages
}) {
  const problems = counts.failed + counts.conflict
  const notes: (Note | false | undefined)[] = [
    interrupted && {
      key: 'interrupted',
      severity: 'warning',
      description: `${t.interruptedHint}${heartbeatFresh ? ` ${t.maybeElsewhere}` : ''}`,
    },
    elsewhere && {
      key: 'elsewhere',
      severity: 'info',
      description: t.runElsewhere,
      role: 'status',
    },
    state === 'paused' &&
      !interrupted &&
      !elsewhere && {
        key: 'paused',
        severity: held ? 'warning' : 'info',
        description: held ? t.heldHints[held] : t.pausedHint,
      },
    (state === 'finished' || state === 'cancelled') && {
      key: 'finished',
      severity: problems > 0 ? 'warning' : 'success',
      description: t.finishedSummary(counts.done, counts.failed, counts.conflict),
    },
    journalError
      ? { key: 'journal', severity: 'error', description: t.journalError(journalError) }
      : undefined,
    revertError ? { key: 'revert', severity: 'error', description: revertError } : undefined,
  ]
  return (
    <>
      {notes
        .filter((note) => note !== false && note !== undefined)
        .map(({ key, ...note }) => (
          <Alert key={key} small className="fr-mb-2w" {...note} />
        ))}
    </>
  )
}
