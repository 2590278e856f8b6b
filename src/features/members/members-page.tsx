import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { meQueries } from '@/auth/me'
import { organizationQueries, useOrganizationId } from '@/features/organizations/queries'
import { UnsavedChangesDialog } from '@/ui/unsaved-changes-dialog'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { AssignmentsSection } from './assignments-section'
import { InviteForm } from './invite-form'
import './members.css'
import { memberMessages } from './messages'
import { MembersTable } from './members-table'
import { PendingMemberships } from './pending-memberships'
import { memberQueries } from './queries'

/**
 * `/organizations/:organizationId/members`: everyone who sees the organization sees its members;
 * its admins (`permissions.members`) also manage them, the requests, invitations and assignments.
 */
export function MembersPage() {
  const t = useMessages(memberMessages)
  const organizationId = useOrganizationId()
  const lang = useLanguage()
  usePageTitle(t.title)
  const me = useQuery(meQueries.current())
  const detail = useQuery(organizationQueries.detail(organizationId))
  const canManage = detail.data?.permissions?.members ?? false
  const pending = useQuery({ ...memberQueries.pending(organizationId), enabled: canManage })
  const assignments = useQuery({ ...memberQueries.assignments(organizationId), enabled: canManage })
  const roles = useQuery(memberQueries.roles(lang))
  const [dirty, setDirty] = useState({ invite: false, assignments: false })
  const onInviteDirty = useCallback(
    (invite: boolean) => setDirty((current) => ({ ...current, invite })),
    [],
  )
  const onAssignmentsDirty = useCallback(
    (value: boolean) => setDirty((current) => ({ ...current, assignments: value })),
    [],
  )
  // One guard for the page: a router holds a single blocker at a time.
  const { blocker } = useUnsavedChangesGuard(dirty.invite || dirty.assignments)

  if (detail.isPending || me.isPending) return <LoadingState />
  if (detail.isError)
    return <ErrorState page error={detail.error} onRetry={() => void detail.refetch()} />
  if (me.isError) return <ErrorState page error={me.error} onRetry={() => void me.refetch()} />

  const members = detail.data.members ?? []
  const counts = new Map<string, number>()
  for (const assignment of assignments.data ?? []) {
    const id = assignment.user?.id
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {!canManage ? (
        <Alert severity="info" small description={t.readOnlyNote} className="fr-mb-3w" />
      ) : null}
      <p className="fr-hint-text">{t.maskingHint}</p>
      <MembersTable
        organizationId={organizationId}
        members={members}
        meId={me.data.id}
        canManage={canManage}
        assignmentCounts={counts}
      />
      {canManage ? (
        <>
          {pending.isError ? (
            <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />
          ) : pending.data ? (
            <PendingMemberships
              organizationId={organizationId}
              pending={pending.data}
              roles={roles.data}
            />
          ) : (
            <LoadingState />
          )}
          {assignments.isError ? (
            <ErrorState error={assignments.error} onRetry={() => void assignments.refetch()} />
          ) : assignments.data ? (
            <AssignmentsSection
              organizationId={organizationId}
              partialEditors={members.filter((member) => member.role === 'partial_editor')}
              assignments={assignments.data}
              onDirtyChange={onAssignmentsDirty}
            />
          ) : (
            <LoadingState />
          )}
          <InviteForm organizationId={organizationId} onDirtyChange={onInviteDirty} />
        </>
      ) : null}
      {blocker.state === 'blocked' ? (
        <UnsavedChangesDialog onLeave={() => blocker.proceed()} onStay={() => blocker.reset()} />
      ) : null}
    </>
  )
}
