import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { discussionMessages } from './messages'
import { subjectQueries } from './queries'
import { subjectHref } from './subject-href'
import type { DiscussionSubject } from './types'

/** The subject's kind and title (fetched once per subject and cached: discussions carry only ids). */
export function SubjectLink({
  organizationId,
  subject,
}: {
  organizationId: string
  subject: DiscussionSubject
}) {
  const t = useMessages(discussionMessages)
  const title = useQuery({
    ...subjectQueries.title(subject),
    enabled: ['Dataset', 'Reuse', 'Dataservice'].includes(subject.class),
  })
  const kind =
    subject.class === 'Dataset'
      ? t.dataset
      : subject.class === 'Reuse'
        ? t.reuse
        : subject.class === 'Dataservice'
          ? t.dataservice
          : t.other
  const href = subjectHref(organizationId, subject)
  const label = title.data?.title ?? subject.id
  return (
    <span>
      <span className="fr-text--xs fr-mb-0" style={{ display: 'block' }}>
        {kind}
      </span>
      {href ? <Link to={href}>{label}</Link> : label}
    </span>
  )
}
