import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { DetailPageFallback } from '@/ui/detail-page-fallback'
import { DetailPage } from '@/ui/detail-page'
import { DiscussionThread } from './discussion-thread'
import { discussionStatus } from './format'
import { discussionMessages } from './messages'
import { discussionQueries } from './queries'
import { SubjectLink } from './subject-link'

export function DiscussionPage() {
  const { organizationId = '', discussionId = '' } = useParams()
  const t = useMessages(discussionMessages)
  const discussion = useQuery(discussionQueries.detail(discussionId))
  usePageTitle(discussion.data?.title ?? t.title)
  const list = { label: t.title, to: `/organizations/${organizationId}/discussions` }
  if (!discussion.isSuccess) return <DetailPageFallback query={discussion} list={list} />
  const data = discussion.data
  const status = discussionStatus(data)
  const statusLabel = { new: t.statusNew, answered: t.statusAnswered, closed: t.statusClosed }
  return (
    <DetailPage title={data.title} list={list}>
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
    </DetailPage>
  )
}
