import { Link } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { BackLink } from '@/ui/back-link'
import { formatDateTime } from '@/ui/dates'
import type { Job } from './job'
import type { BulkMessages } from './messages'
import { bulkJobPath } from './start-job'

/** A link to a related job, by the start of its id. */
function JobLink({
  organizationId,
  label,
  jobId,
}: {
  organizationId: string
  label: string
  jobId?: string
}) {
  if (!jobId) return null
  return (
    <p className="fr-mb-1w">
      {label} <Link to={bulkJobPath(organizationId, jobId)}>{jobId.slice(0, 8)}</Link>
    </p>
  )
}

/** The job's name, creation date and state, and the jobs it reverts or was reverted by. */
export function JobHeading({
  organizationId,
  job,
  title,
  stateLabel,
  warn,
  t,
}: {
  organizationId: string
  job: Job
  title: string
  stateLabel: string
  /** The state needs the user's attention (an interrupted job). */
  warn: boolean
  t: BulkMessages
}) {
  const lang = useLanguage()
  return (
    <>
      <BackLink to={bulkJobPath(organizationId)}>{t.backToJobs}</BackLink>
      <p className="fr-text--sm fr-text--bold fr-mb-1v">{t.jobKicker}</p>
      <h1 className="fr-h3">{title}</h1>
      <p className="fr-mb-1w">
        {t.createdAt(formatDateTime(job.created_at, lang, 'long') ?? '')} ·{' '}
        <span className={`fr-badge fr-badge--sm ${warn ? 'fr-badge--warning' : 'fr-badge--info'}`}>
          {stateLabel}
        </span>
      </p>
      <JobLink organizationId={organizationId} label={t.revertOf} jobId={job.revertsJobId} />
      <JobLink organizationId={organizationId} label={t.revertedBy} jobId={job.revertedByJobId} />
    </>
  )
}
