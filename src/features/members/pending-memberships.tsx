import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { useState } from 'react'
import { ApiError } from '@/api/client'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { CellNote } from '@/ui/cell-note'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { DataTable } from '@/ui/data-table'
import { formatDate } from '@/ui/dates'
import { useErrorText } from '@/ui/error-text'
import { fieldState } from '@/ui/field-state'
import { notify } from '@/ui/notices'
import { memberMessages } from './messages'
import { useAnswerMembership } from './mutations'
import { personName } from './person'
import type { MembershipRequest, RoleOption } from './types'

type Answer = { action: 'accept' | 'refuse' | 'cancel'; request: MembershipRequest }

/**
 * The pending join requests (accept makes an editor, refuse needs a comment) and the pending
 * invitations (cancel), from one `?status=pending` list split by `kind`, as cdata does.
 */
export function PendingMemberships({
  organizationId,
  pending,
  roles,
}: {
  organizationId: string
  pending: MembershipRequest[]
  roles: RoleOption[] | undefined
}) {
  const t = useMessages(memberMessages)
  const errorText = useErrorText()
  const answer = useAnswerMembership(organizationId)
  const [current, setCurrent] = useState<Answer | null>(null)
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | undefined>()
  const requests = pending.filter((item) => item.kind === 'request')
  const invitations = pending.filter((item) => item.kind === 'invitation')
  const who = (item: MembershipRequest) =>
    item.user ? personName(item.user) : t.emailOnly(item.email ?? '')
  const roleLabel = (id: string) => roles?.find((role) => role.id === id)?.label ?? id

  const open = (next: Answer) => {
    answer.reset()
    setComment('')
    setCommentError(undefined)
    setCurrent(next)
  }
  const close = () => {
    if (!answer.isPending) setCurrent(null)
  }
  const confirm = () => {
    if (!current) return
    const name = who(current.request)
    // Checked here too, but the server's own message wins when it answers (it says the same).
    if (current.action === 'refuse' && !comment.trim()) {
      setCommentError(t.required)
      return
    }
    answer.mutate(
      { id: current.request.id, action: current.action, comment: comment.trim() },
      {
        onSuccess: () => {
          setCurrent(null)
          const message =
            current.action === 'accept'
              ? t.accepted(name)
              : current.action === 'refuse'
                ? t.refused(name)
                : t.canceled
          notify({ kind: 'success', message })
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fieldErrors.comment)
            setCommentError(error.fieldErrors.comment.join(' '))
        },
      },
    )
  }

  const dialogTitle = current
    ? current.action === 'accept'
      ? t.acceptTitle(who(current.request))
      : current.action === 'refuse'
        ? t.refuseTitle(who(current.request))
        : t.cancelTitle(who(current.request))
    : ''
  const serverError =
    answer.error && !(answer.error instanceof ApiError && answer.error.fieldErrors.comment)
      ? errorText(answer.error)
      : null

  return (
    <>
      <section aria-labelledby="requests-title" className="fr-mb-6w">
        <h2 id="requests-title">{t.requestsTitle}</h2>
        <p>{t.requestsIntro}</p>
        <DataTable
          caption={t.requestsCaption}
          captionClassName="fr-sr-only"
          className="fr-table--no-caption fr-table--multiline"
          columns={[t.columnPerson, t.columnMessage, t.columnDate, t.columnActions]}
          rows={requests}
          empty={<p>{t.noRequest}</p>}
          renderRow={(request) => (
            <tr key={request.id}>
              <td>
                {who(request)}
                <CellNote>{request.user?.email}</CellNote>
              </td>
              <MessageAndDateCells item={request} />
              <td>
                <div className="members-actions">
                  <Button
                    size="small"
                    aria-label={t.acceptOf(who(request))}
                    onClick={() => open({ action: 'accept', request })}
                  >
                    {t.accept}
                  </Button>
                  <Button
                    size="small"
                    priority="secondary"
                    aria-label={t.refuseOf(who(request))}
                    onClick={() => open({ action: 'refuse', request })}
                  >
                    {t.refuse}
                  </Button>
                </div>
              </td>
            </tr>
          )}
        />
      </section>
      <section aria-labelledby="invitations-title" className="fr-mb-6w">
        <h2 id="invitations-title">{t.invitationsTitle}</h2>
        <DataTable
          caption={t.invitationsCaption}
          captionClassName="fr-sr-only"
          className="fr-table--no-caption fr-table--multiline"
          columns={[t.columnPerson, t.columnRole, t.columnMessage, t.columnDate, t.columnActions]}
          rows={invitations}
          empty={<p>{t.noInvitation}</p>}
          renderRow={(invitation) => (
            <tr key={invitation.id}>
              <td>{who(invitation)}</td>
              <td>
                {roleLabel(invitation.role)}
                <CellNote>
                  {invitation.assignments.length > 0
                    ? t.assignedCount(invitation.assignments.length)
                    : null}
                </CellNote>
              </td>
              <MessageAndDateCells item={invitation} />
              <td>
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-close-line"
                  aria-label={t.cancelInvitationOf(who(invitation))}
                  onClick={() => open({ action: 'cancel', request: invitation })}
                >
                  {t.cancelInvitation}
                </Button>
              </td>
            </tr>
          )}
        />
      </section>
      <ConfirmDialog
        open={current !== null}
        title={dialogTitle}
        confirmLabel={
          current?.action === 'accept'
            ? t.acceptConfirm
            : current?.action === 'refuse'
              ? t.refuseConfirm
              : t.cancelInvitation
        }
        cancelLabel={current?.action === 'cancel' ? t.keepInvitation : undefined}
        danger={current?.action !== 'accept'}
        isPending={answer.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        {current?.action === 'accept' ? <p>{t.acceptBody}</p> : null}
        {current?.action === 'cancel' ? <p>{t.cancelBody}</p> : null}
        {current?.action === 'refuse' ? (
          <Input
            textArea
            label={t.refuseComment}
            hintText={t.refuseCommentHint}
            {...fieldState(commentError)}
            nativeTextAreaProps={{
              value: comment,
              rows: 3,
              onChange: (event) => setComment(event.target.value),
            }}
          />
        ) : null}
        {serverError ? (
          <p className="fr-alert fr-alert--error fr-alert--sm">{serverError}</p>
        ) : null}
      </ConfirmDialog>
    </>
  )
}

/** A request's or invitation's message and date: the same two cells in both tables. */
function MessageAndDateCells({ item }: { item: MembershipRequest }) {
  const lang = useLanguage()
  return (
    <>
      <td>{item.comment}</td>
      <td>{formatDate(item.created, lang)}</td>
    </>
  )
}
