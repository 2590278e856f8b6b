import type { OrganizationMember, OrganizationRole } from '@/features/organizations/types'

/** Source: udata `api_fields.py` (udata-api-admin.md §1). */

/** `GET /api/1/organizations/roles/` */
export type RoleOption = { id: string; label: string }

/** A member as `GET /organizations/{org}/` embeds it (`UserReferenceWithEmail`, role, label). */
export type Member = OrganizationMember

export type MemberUser = Member['user']

export type AssignmentClass = 'Dataset' | 'Reuse' | 'Dataservice'

export type AssignmentRef = { class: AssignmentClass; id: string }

/** `request_fields`: a join request (`kind: request`) or an invitation sent by the org. */
export type MembershipRequest = {
  id: string
  user: MemberUser | null
  email: string | null
  kind: 'request' | 'invitation'
  status: 'pending' | 'accepted' | 'refused' | 'canceled'
  role: string
  comment: string | null
  created: string
  assignments: AssignmentRef[]
}

/** `GET /api/1/me/org_invitations/` */
export type MyInvitation = {
  id: string
  organization: { id: string; name: string; acronym?: string | null; slug?: string }
  role: string
  comment: string | null
  created: string
  assignments: AssignmentRef[]
}

/** udata `Assignment` document (`GET /api/1/organizations/{org}/assignments/`). */
export type Assignment = {
  id: string
  user: { id: string } | null
  subject: AssignmentRef & { title?: string }
  created_at?: string
}

export type Invite = {
  user?: string
  email?: string
  role: OrganizationRole
  comment?: string
  assignments?: AssignmentRef[]
}

/** `GET /api/1/users/suggest/` */
export type UserSuggestion = {
  id: string
  first_name: string
  last_name: string
  email?: string | null
  slug: string
}
