import { useQuery } from '@tanstack/react-query'
import { meQueries } from '@/auth/me'
import { useSession } from '@/session/use-session'
import type { JobViewer } from './queries'

/** The signed-in account as the bulk journal knows it; `viewer` is null until `me` is known. */
export function useJobViewer(organizationId: string) {
  const session = useSession()
  const me = useQuery(meQueries.current())
  const viewer: JobViewer | null =
    session && me.data
      ? {
          instance: session.instance,
          userId: me.data.id,
          member: me.data.organizations.some((org) => org.id === organizationId),
        }
      : null
  return { viewer, me }
}
