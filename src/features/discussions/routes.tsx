import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId. Pages are lazy-loaded. */
export const discussionRoutes: RouteObject[] = [
  {
    path: 'discussions',
    lazy: async () => ({
      Component: (await import('./organization-discussions-page')).OrganizationDiscussionsPage,
    }),
  },
  {
    path: 'discussions/:discussionId',
    lazy: async () => ({ Component: (await import('./discussion-page')).DiscussionPage }),
  },
]
