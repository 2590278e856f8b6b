import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { JobView } from './job-view'
import { getJournal } from './journal-store'
import { bulkMessages } from './messages'
import { bulkQueries, type JobViewer } from './queries'
import { claimRunner } from './runners'
import { bulkJobPath } from './start-job'
import { useJobViewer } from './use-job-viewer'

export function BulkJobPage() {
  const { organizationId = '', jobId = '' } = useParams()
  const t = useMessages(bulkMessages)
  const { viewer, me } = useJobViewer(organizationId)
  usePageTitle(t.jobsTitle)
  if (viewer) return <JobLoader organizationId={organizationId} jobId={jobId} viewer={viewer} />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />
  return <LoadingState />
}

/** How often a job held by another tab is re-read from the journal, to follow it live. */
const followIntervalMs = 1000

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
  const queryClient = useQueryClient()
  const options = bulkQueries.job(jobId, viewer, organizationId)
  const query = useQuery({
    ...options,
    // Until this tab holds the runner, the journal is the news: the other tab writes it as it
    // goes, and its lock goes away when it closes, which enables the buttons here.
    refetchInterval: (current) =>
      current.state.data && !current.state.data.owned ? followIntervalMs : false,
  })

  async function claim() {
    const journal = await getJournal()
    const own = await claimRunner(jobId, journal, () => journal.loadJob(jobId))
    await queryClient.invalidateQueries({ queryKey: options.queryKey })
    return own
  }

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
