import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useMessages } from '@/i18n/messages'
import { harvestMessages } from './messages'
import type { ItemStatus, JobStatus, ValidationState } from './types'

type Severity = 'success' | 'warning' | 'error' | 'info' | 'new'

const jobSeverity: Record<JobStatus, Severity | undefined> = {
  pending: undefined,
  initializing: 'info',
  initialized: 'info',
  processing: 'info',
  done: 'success',
  'done-errors': 'warning',
  failed: 'error',
}

const itemSeverity: Record<ItemStatus, Severity | undefined> = {
  pending: undefined,
  started: 'info',
  done: 'success',
  failed: 'error',
  skipped: undefined,
  archived: undefined,
}

const validationSeverity: Record<ValidationState, Severity | undefined> = {
  pending: 'new',
  accepted: 'success',
  refused: 'error',
}

/** Unknown values (a newer udata) show as they come, without a colour. */
function StatusBadge({ severity, label }: { severity: Severity | undefined; label: string }) {
  return (
    <Badge as="span" small noIcon={!severity} severity={severity}>
      {label}
    </Badge>
  )
}

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const t = useMessages(harvestMessages)
  return <StatusBadge severity={jobSeverity[status]} label={t.jobStatus[status] ?? status} />
}

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const t = useMessages(harvestMessages)
  return <StatusBadge severity={itemSeverity[status]} label={t.itemStatus[status] ?? status} />
}

export function ValidationBadge({ state }: { state: ValidationState }) {
  const t = useMessages(harvestMessages)
  return <StatusBadge severity={validationSeverity[state]} label={t.validation[state] ?? state} />
}

/** A cron schedule, kept verbatim (its spaces matter). */
export function Schedule({ cron }: { cron: string | null }) {
  const t = useMessages(harvestMessages)
  if (!cron) return <>{t.notScheduled}</>
  return (
    <>
      {t.scheduled} <code style={{ whiteSpace: 'pre' }}>{cron}</code>
    </>
  )
}
