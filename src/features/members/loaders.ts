import type { QueryClient } from '@tanstack/react-query'
import { preloader } from '@/api/preload'
import { meQueries } from '@/auth/me'
import { organizationQueries } from '@/features/organizations/queries'
import { getLanguage } from '@/i18n/language'
import { memberQueries } from './queries'

// Loaded beside the page's chunk (not in the entry): starts what the members page shows.
export const membersLoader = (queryClient: QueryClient) =>
  preloader(queryClient, (client, { params }) => {
    const organizationId = params.organizationId ?? ''
    void client.prefetchQuery(organizationQueries.detail(organizationId))
    void client.prefetchQuery(memberQueries.roles(getLanguage()))
    // The admin-only lists start at once when /me/ (already loaded by the shell) says so;
    // anyone else would get a 403 for them.
    const me = client.getQueryData(meQueries.current().queryKey)
    const mine = me?.organizations.find((org) => org.id === organizationId)
    if (mine?.permissions?.members) {
      void client.prefetchQuery(memberQueries.pending(organizationId))
      void client.prefetchQuery(memberQueries.assignments(organizationId))
    }
  })
