import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Link, useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { JobView } from './job-view'
import { bulkMessages } from './messages'
import type { JobViewer } from './queries'
import { bulkJobPath } from './start-job'
import { useJobViewer } from './use-job-viewer'
import { useLoadedJob } from './use-jobs'

export function BulkJobPage() {
  const { organizationId = '', jobId = '' } = useParams()
  const t = useMessages(bulkMessages)
  const { viewer, me } = useJobViewer(organizationId)
  usePageTitle(t.jobsTitle)
  if (viewer) return <JobLoader organizationId={organizationId} jobId={jobId} viewer={viewer} />
  if (me.isError) return <ErrorState page error={me.error} onRetry={() => void me.refetch()} />
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
  if (query.isError)
    return <ErrorState page error={query.error} onRetry={() => void query.refetch()} />
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
