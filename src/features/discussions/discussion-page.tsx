import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { listHref } from '@/ui/list-return'
import { DiscussionThread } from './discussion-thread'
import { discussionStatus } from './format'
import { discussionMessages } from './messages'
import { discussionQueries } from './queries'
import { SubjectLink } from './subject-link'
import '@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.main.min.css'

export function DiscussionPage() {
  const { organizationId = '', discussionId = '' } = useParams()
  const t = useMessages(discussionMessages)
  const discussion = useQuery(discussionQueries.detail(discussionId))
  usePageTitle(discussion.data?.title ?? t.title)
  if (discussion.isPending) return <LoadingState />
  if (discussion.isError)
    return <ErrorState error={discussion.error} onRetry={() => void discussion.refetch()} />
  const data = discussion.data
  const status = discussionStatus(data)
  const statusLabel = { new: t.statusNew, answered: t.statusAnswered, closed: t.statusClosed }
  return (
    <div className="fr-pb-4w">
      <Breadcrumb
        currentPageLabel={data.title}
        segments={[
          {
            label: t.title,
            linkProps: { to: listHref(`/organizations/${organizationId}/discussions`) },
          },
        ]}
      />
      <h1 className="fr-h2 fr-mb-1w">{data.title}</h1>
      <p>
        <Badge
          as="span"
          small
          noIcon
          severity={status === 'closed' ? 'info' : status === 'new' ? 'new' : 'success'}
        >
          {statusLabel[status]}
        </Badge>
      </p>
      <p>
        <SubjectLink organizationId={organizationId} subject={data.subject} />
      </p>
      <h2 className="fr-h4">{t.thread}</h2>
      <DiscussionThread discussion={data} organizationId={organizationId} />
    </div>
  )
}
