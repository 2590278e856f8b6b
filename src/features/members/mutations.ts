import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { organizationQueries } from '@/features/organizations/queries'
import type { AssignmentRef, Invite, Member, MembershipRequest } from './types'

const orgPath = (organizationId: string) =>
  `/api/1/organizations/${encodeURIComponent(organizationId)}`

// Every write here changes the organization's members[], requests or assignments: the
// organizations domain is refreshed (the detail, the pending lists, the assignments).
const mutationKey = organizationQueries.all()

export function useChangeRole(organizationId: string) {
  return useMutation({
    mutationKey,
    mutationFn: ({ userId, role }: { userId: string; role: string }) =>
      apiFetch<Member>(`${orgPath(organizationId)}/member/${encodeURIComponent(userId)}/`, {
        method: 'PUT',
        json: { role },
      }),
  })
}

export function useRemoveMember(organizationId: string) {
  return useMutation({
    mutationKey,
    mutationFn: (userId: string) =>
      apiFetch<void>(`${orgPath(organizationId)}/member/${encodeURIComponent(userId)}/`, {
        method: 'DELETE',
      }),
  })
}

export function useInvite(organizationId: string) {
  return useMutation({
    mutationKey,
    mutationFn: (invite: Invite) =>
      apiFetch<MembershipRequest>(`${orgPath(organizationId)}/member/`, {
        method: 'POST',
        json: invite,
      }),
  })
}

/** accept / refuse a join request, cancel an invitation (udata-api-admin.md §1.5). */
export function useAnswerMembership(organizationId: string) {
  return useMutation({
    mutationKey,
    mutationFn: ({
      id,
      action,
      comment,
    }: {
      id: string
      action: 'accept' | 'refuse' | 'cancel'
      comment?: string
    }) =>
      apiFetch<unknown>(
        `${orgPath(organizationId)}/membership/${encodeURIComponent(id)}/${action}/`,
        { method: 'POST', json: action === 'refuse' ? { comment } : {} },
      ),
  })
}

/** The complete set: udata replaces the partial editor's assignments with the list sent. */
export function useSetAssignments(organizationId: string) {
  return useMutation({
    mutationKey,
    mutationFn: ({ userId, assignments }: { userId: string; assignments: AssignmentRef[] }) =>
      apiFetch<unknown>(
        `${orgPath(organizationId)}/member/${encodeURIComponent(userId)}/assignments/`,
        { method: 'PUT', json: assignments },
      ),
  })
}

// Accepting changes /me/ (a new organization), the organization and what the user may edit:
// no mutationKey, so the global rule refreshes every domain.
export function useAnswerInvitation() {
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'accept' | 'refuse' }) =>
      apiFetch<{ message: string }>(
        `/api/1/me/org_invitations/${encodeURIComponent(id)}/${action}/`,
        { method: 'POST' },
      ),
  })
}
