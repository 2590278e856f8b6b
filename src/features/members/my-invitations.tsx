import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDate } from '@/ui/dates'
import { useErrorText } from '@/ui/error-text'
import { notify } from '@/ui/notices'
import { memberMessages } from './messages'
import { useAnswerInvitation } from './mutations'
import { memberQueries, myInvitationQueries } from './queries'
import type { MyInvitation } from './types'

/**
 * The signed-in user's pending invitations to organizations, with accept and refuse. Only the
 * invitee can accept (udata-api-admin.md §1.5); accepting refreshes /me/, so the organization
 * then shows among theirs. Nothing shows when there is none.
 */
export function MyInvitations() {
  const t = useMessages(memberMessages)
  const invitations = useQuery(myInvitationQueries.pending())
  if (!invitations.data || invitations.data.length === 0) return null
  return (
    <section aria-labelledby="my-invitations-title" className="fr-mb-6w">
      <h2 id="my-invitations-title">{t.myInvitationsTitle}</h2>
      <p>{t.myInvitationsIntro}</p>
      <ul className="fr-raw-list">
        {invitations.data.map((invitation) => (
          <InvitationCard key={invitation.id} invitation={invitation} />
        ))}
      </ul>
    </section>
  )
}

function InvitationCard({ invitation }: { invitation: MyInvitation }) {
  const t = useMessages(memberMessages)
  const lang = useLanguage()
  const errorText = useErrorText()
  const roles = useQuery(memberQueries.roles(lang))
  const answer = useAnswerInvitation()
  const name = invitation.organization.name
  const role = roles.data?.find((option) => option.id === invitation.role)?.label ?? invitation.role
  const respond = (action: 'accept' | 'refuse') =>
    answer.mutate(
      { id: invitation.id, action },
      {
        onSuccess: () =>
          notify({
            kind: 'success',
            message: action === 'accept' ? t.invitationAccepted(name) : t.invitationRefused(name),
          }),
      },
    )
  return (
    <li className="fr-p-3w fr-mb-2w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 className="fr-h5 fr-mb-1w">{name}</h3>
      <p className="fr-mb-1w">
        {t.invitedAs(role)} · {formatDate(invitation.created, lang)}
      </p>
      {invitation.assignments.length > 0 ? (
        <p className="fr-mb-1w">{t.invitedAssignments(invitation.assignments.length)}</p>
      ) : null}
      {invitation.comment ? (
        <blockquote className="fr-mb-2w">{invitation.comment}</blockquote>
      ) : null}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-0">
        <li>
          <Button
            disabled={answer.isPending}
            aria-label={t.acceptInvitationOf(name)}
            onClick={() => respond('accept')}
          >
            {t.acceptInvitation}
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            disabled={answer.isPending}
            aria-label={t.refuseInvitationOf(name)}
            onClick={() => respond('refuse')}
          >
            {t.refuseInvitation}
          </Button>
        </li>
      </ul>
      {answer.isError ? (
        <p className="fr-alert fr-alert--error fr-alert--sm">{errorText(answer.error)}</p>
      ) : null}
    </li>
  )
}
