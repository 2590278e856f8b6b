import { Accordion } from '@codegouvfr/react-dsfr/Accordion'
import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { formatDateTime } from '@/ui/dates'
import { DiscussionThread } from './discussion-thread'
import { discussionStatus, userName } from './format'
import { discussionMessages } from './messages'
import { discussionQueries } from './queries'
import { StartDiscussionForm } from './start-discussion-form'
import type { DiscussionSubject } from './types'
import '@codegouvfr/react-dsfr/dsfr/component/accordion/accordion.main.min.css'
import '@codegouvfr/react-dsfr/dsfr/component/segmented/segmented.main.min.css'

/**
 * The discussions on one dataset or reuse (`for=<id>`), each readable and answerable in place,
 * and a form to start a new one.
 */
export function SubjectDiscussions({
  subject,
  organizationId,
  titleAs = 'h3',
}: {
  subject: DiscussionSubject
  organizationId: string | undefined
  titleAs?: 'h2' | 'h3' | 'h4'
}) {
  const t = useMessages(discussionMessages)
  const lang = useLanguage()
  const name = useId()
  const [closed, setClosed] = useState(false)
  const discussions = useQuery(discussionQueries.ofSubject(subject.id, closed))
  const statusLabel = { new: t.statusNew, answered: t.statusAnswered, closed: t.statusClosed }

  return (
    <div>
      <SegmentedControl
        small
        legend={t.state}
        hideLegend
        name={name}
        segments={[
          {
            label: t.open,
            nativeInputProps: { checked: !closed, onChange: () => setClosed(false) },
          },
          {
            label: t.closed,
            nativeInputProps: { checked: closed, onChange: () => setClosed(true) },
          },
        ]}
      />
      {discussions.isPending ? (
        <LoadingState />
      ) : discussions.isError ? (
        <ErrorState error={discussions.error} onRetry={() => void discussions.refetch()} />
      ) : discussions.data.data.length === 0 ? (
        <p className="fr-mt-2w">{t.noneForSubject}</p>
      ) : (
        <div className="fr-accordions-group fr-mt-2w">
          {discussions.data.data.map((discussion) => (
            <Accordion
              key={discussion.id}
              titleAs={titleAs}
              label={
                <span>
                  {discussion.title}{' '}
                  <Badge as="span" small noIcon severity={discussion.closed ? 'info' : 'new'}>
                    {statusLabel[discussionStatus(discussion)]}
                  </Badge>{' '}
                  <span className="fr-text--xs fr-mb-0">
                    {t.by(
                      userName(discussion.user) ?? t.unknownUser,
                      formatDateTime(discussion.created, lang) ?? '',
                    )}
                  </span>
                </span>
              }
            >
              <DiscussionThread discussion={discussion} organizationId={organizationId} />
            </Accordion>
          ))}
        </div>
      )}
      <Accordion titleAs={titleAs} label={t.newDiscussion} className="fr-mt-3w">
        <StartDiscussionForm subject={subject} organizationId={organizationId} />
      </Accordion>
    </div>
  )
}
