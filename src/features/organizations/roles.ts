import type { MeOrganization } from '@/auth/me'
import type { Organization, OrganizationRole } from './types'

export type Role = OrganizationRole | 'member'

/**
 * The user's role in an organization: from the organization's `members[]` when loaded, else
 * guessed from the `/me/` permission flags (only admins manage members; editors edit).
 */
export function roleOf(
  userId: string,
  reference: MeOrganization,
  detail: Organization | undefined,
): Role | undefined {
  const member = detail?.members?.find((candidate) => candidate.user.id === userId)
  if (member?.role === 'admin' || member?.role === 'editor' || member?.role === 'partial_editor')
    return member.role
  if (member) return 'member'
  if (!reference.permissions || !detail) return undefined
  if (reference.permissions.members) return 'admin'
  if (reference.permissions.edit) return 'editor'
  return 'member'
}
