import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { meQueries } from '@/auth/me'
import { useOrganizationId } from '@/features/organizations/queries'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDateTime } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { TitledSection } from '@/ui/titled-section'
import { partyName } from './format'
import { transferMessages } from './messages'
import { transferQueries } from './queries'
import { RespondDialog, type Answer } from './respond-dialog'
import { transferSubjectHref } from './subject-href'
import type { Transfer } from './types'

const statusSeverity = { pending: 'new', accepted: 'success', refused: 'error' } as const

/** The organization's incoming transfers: the pending ones to answer, then the answered ones. */
export function TransfersPage() {
  const organizationId = useOrganizationId()
  const t = useMessages(transferMessages)
  const lang = useLanguage()
  const incoming = useQuery(transferQueries.toRecipient(organizationId))
  const me = useQuery(meQueries.current())
  const [answer, setAnswer] = useState<Answer | null>(null)
  usePageTitle(t.title)
  const canAnswer =
    me.data?.organizations.find((org) => org.id === organizationId)?.permissions?.edit ?? false

  if (incoming.isPending) return <LoadingState />
  if (incoming.isError)
    return <ErrorState error={incoming.error} onRetry={() => void incoming.refetch()} />
  const newestFirst = [...incoming.data].sort((a, b) => b.created.localeCompare(a.created))
  const pending = newestFirst.filter((transfer) => transfer.status === 'pending')
  const answered = newestFirst.filter((transfer) => transfer.status !== 'pending')

  const subjectCell = (transfer: Transfer) => {
    const subject = transfer.subject
    if (!subject) return <td>{t.subjectGone}</td>
    return (
      <td>
        <span className="fr-text--xs fr-mb-0" style={{ display: 'block' }}>
          {t.subjectKind[subject.class]}
        </span>
        {transfer.status === 'accepted' ? (
          <Link to={transferSubjectHref(organizationId, subject)}>{subject.title}</Link>
        ) : (
          subject.title
        )}
      </td>
    )
  }

  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.title}</h1>
      <p>{t.intro}</p>
      <TitledSection id="incoming-title" title={t.incoming} className="fr-mt-4w">
        {!canAnswer && pending.length > 0 ? (
          <Alert severity="info" small description={t.adminsOnly} className="fr-mb-2w" />
        ) : null}
        <DataTable
          caption={t.incoming}
          captionClassName="fr-sr-only"
          columns={[
            t.columnSubject,
            t.columnFrom,
            t.columnBy,
            t.columnComment,
            t.columnDate,
            t.columnActions,
          ]}
          rows={pending}
          empty={<p>{t.incomingNone}</p>}
          renderRow={(transfer) => {
            const title = transfer.subject?.title ?? t.subjectGone
            return (
              <tr key={transfer.id}>
                {subjectCell(transfer)}
                <td>{partyName(transfer.owner)}</td>
                <td>
                  {transfer.user ? `${transfer.user.first_name} ${transfer.user.last_name}` : '—'}
                </td>
                <td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {transfer.comment || t.noComment}
                </td>
                <td>{formatDateTime(transfer.created, lang)}</td>
                <td>
                  {canAnswer ? (
                    <ButtonsGroup
                      inlineLayoutWhen="always"
                      buttonsSize="small"
                      buttons={[
                        {
                          size: 'small',
                          title: t.acceptLabel(title),
                          onClick: () => setAnswer({ transfer, response: 'accept' }),
                          children: t.accept,
                        },
                        {
                          size: 'small',
                          priority: 'secondary',
                          title: t.refuseLabel(title),
                          onClick: () => setAnswer({ transfer, response: 'refuse' }),
                          children: t.refuse,
                        },
                      ]}
                    />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            )
          }}
        />
      </TitledSection>
      <TitledSection id="history-title" title={t.history} className="fr-mt-6w">
        <DataTable
          caption={t.history}
          captionClassName="fr-sr-only"
          columns={[t.columnSubject, t.columnFrom, t.columnStatus, t.columnDate]}
          rows={answered}
          empty={<p>{t.historyNone}</p>}
          renderRow={(transfer) => (
            <tr key={transfer.id}>
              {subjectCell(transfer)}
              <td>{partyName(transfer.owner)}</td>
              <td>
                <Badge small noIcon severity={statusSeverity[transfer.status]}>
                  {t.status[transfer.status]}
                </Badge>
              </td>
              <td>{formatDateTime(transfer.responded ?? transfer.created, lang)}</td>
            </tr>
          )}
        />
      </TitledSection>
      <TitledSection id="outgoing-title" title={t.outgoing} className="fr-mt-6w">
        <p>{t.outgoingNote}</p>
      </TitledSection>
      <RespondDialog answer={answer} onClose={() => setAnswer(null)} />
    </div>
  )
}
