import { Button } from '@codegouvfr/react-dsfr/Button'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { DataTable } from '@/ui/data-table'
import { formatDate, formatDateTime } from '@/ui/dates'
import { useErrorText } from '@/ui/error-text'
import { notify } from '@/ui/notices'
import { memberMessages } from './messages'
import { useChangeRole, useRemoveMember } from './mutations'
import { personName } from './person'
import { memberQueries } from './queries'
import type { Member } from './types'

type Action = { kind: 'role'; member: Member; role: string } | { kind: 'remove'; member: Member }

/**
 * The member list, as `GET /organizations/{org}/` gives it. Admins (`canManage`) get a role
 * change and a removal per row; udata keeps no last admin, so the console refuses both for the
 * only one left.
 */
export function MembersTable({
  organizationId,
  members,
  meId,
  canManage,
  assignmentCounts,
}: {
  organizationId: string
  members: Member[]
  meId: string
  canManage: boolean
  /** per user id, for the warning that leaving partial_editor wipes them */
  assignmentCounts: Map<string, number>
}) {
  const t = useMessages(memberMessages)
  const lang = useLanguage()
  const errorText = useErrorText()
  // the labels in the page's language (members[].label follows the API's default language)
  const roles = useQuery(memberQueries.roles(lang))
  const changeRole = useChangeRole(organizationId)
  const remove = useRemoveMember(organizationId)
  const [action, setAction] = useState<Action | null>(null)
  const queryClient = useQueryClient()
  // Demoting or removing oneself changes /me/ (rights, menus) beyond the organizations domain.
  const afterOwnChange = (userId: string) => {
    if (userId === meId) void queryClient.invalidateQueries()
  }
  const admins = members.filter((member) => member.role === 'admin').length
  const isLastAdmin = (member: Member) => member.role === 'admin' && admins <= 1
  const roleLabel = (id: string) => roles.data?.find((role) => role.id === id)?.label ?? id
  const pending = changeRole.isPending || remove.isPending
  const error = action?.kind === 'role' ? changeRole.error : remove.error

  const close = () => {
    changeRole.reset()
    remove.reset()
    setAction(null)
  }
  const confirm = () => {
    if (!action) return
    const name = personName(action.member.user)
    if (action.kind === 'remove') {
      remove.mutate(action.member.user.id, {
        onSuccess: () => {
          setAction(null)
          afterOwnChange(action.member.user.id)
          notify({ kind: 'success', message: t.removed(name) })
        },
      })
      return
    }
    if (action.role === action.member.role) {
      close()
      return
    }
    changeRole.mutate(
      { userId: action.member.user.id, role: action.role },
      {
        onSuccess: (saved) => {
          setAction(null)
          afterOwnChange(action.member.user.id)
          notify({
            kind: 'success',
            message: t.roleChanged(name, saved.label ?? roleLabel(action.role)),
          })
        },
      },
    )
  }

  const columns = [t.columnName, t.columnRole, t.columnSince, t.columnEmail, t.columnLastLogin]
  return (
    <>
      <DataTable
        caption={t.tableCaption}
        captionClassName="fr-sr-only"
        className="fr-table--no-caption fr-table--multiline"
        columns={canManage ? [...columns, t.columnActions] : columns}
        rows={members}
        renderRow={(member) => {
          const name = personName(member.user)
          return (
            <tr key={member.user.id}>
              <td>
                {name}{' '}
                {member.user.id === meId ? <span className="fr-text--sm">{t.you}</span> : null}
              </td>
              <td>{roles.data ? roleLabel(member.role) : (member.label ?? member.role)}</td>
              <td>{formatDate(member.since, lang) ?? t.unknown}</td>
              <td>{member.user.email ?? t.unknown}</td>
              <td>{formatDateTime(member.user.last_login_at, lang) ?? t.unknown}</td>
              {canManage ? (
                <td>
                  <div className="members-actions">
                    <Button
                      size="small"
                      priority="secondary"
                      aria-label={t.changeRoleOf(name)}
                      onClick={() => setAction({ kind: 'role', member, role: member.role })}
                    >
                      {t.changeRole}
                    </Button>
                    {isLastAdmin(member) ? (
                      <span className="fr-text--sm">{t.lastAdmin}</span>
                    ) : (
                      <Button
                        size="small"
                        priority="tertiary"
                        iconId="fr-icon-delete-line"
                        aria-label={t.removeOf(name)}
                        onClick={() => setAction({ kind: 'remove', member })}
                      >
                        {t.remove}
                      </Button>
                    )}
                  </div>
                </td>
              ) : null}
            </tr>
          )
        }}
      />
      <ConfirmDialog
        open={action !== null}
        title={
          action
            ? action.kind === 'remove'
              ? t.removeTitle(personName(action.member.user))
              : t.roleDialogTitle(personName(action.member.user))
            : ''
        }
        confirmLabel={action?.kind === 'remove' ? t.removeConfirm : t.roleSave}
        danger={action?.kind === 'remove'}
        isPending={pending}
        onConfirm={confirm}
        onCancel={close}
      >
        {action?.kind === 'remove' ? <p>{t.removeBody}</p> : null}
        {action?.kind === 'role' ? (
          <>
            <RadioButtons
              legend={t.roleLegend}
              hintText={isLastAdmin(action.member) ? t.lastAdminHint : undefined}
              options={(roles.data ?? []).map((role) => ({
                label: role.label,
                nativeInputProps: {
                  value: role.id,
                  checked: action.role === role.id,
                  disabled: isLastAdmin(action.member) && role.id !== 'admin',
                  onChange: () => setAction({ ...action, role: role.id }),
                },
              }))}
            />
            {action.member.role === 'partial_editor' && action.role !== 'partial_editor' ? (
              <p className="fr-alert fr-alert--warning fr-alert--sm">
                {t.wipeWarning(assignmentCounts.get(action.member.user.id) ?? 0)}
              </p>
            ) : null}
            {action.member.role !== 'partial_editor' && action.role === 'partial_editor' ? (
              <p className="fr-alert fr-alert--warning fr-alert--sm">{t.startEmptyWarning}</p>
            ) : null}
          </>
        ) : null}
        {error ? <p className="fr-alert fr-alert--error fr-alert--sm">{errorText(error)}</p> : null}
      </ConfirmDialog>
    </>
  )
}
