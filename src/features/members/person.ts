import type { MemberUser } from './types'

/** A person as the console names them: first and last name, else their slug or id. */
export function personName(user: MemberUser | null | undefined): string {
  if (!user) return ''
  return `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim() || user.slug || user.id
}
