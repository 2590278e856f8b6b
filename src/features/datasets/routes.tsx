import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId. Pages are lazy-loaded. */
export const datasetRoutes: RouteObject[] = [
  {
    path: 'datasets',
    lazy: async () => ({
      Component: (await import('./organization-datasets-page')).OrganizationDatasetsPage,
    }),
  },
  {
    path: 'datasets/new',
    lazy: async () => ({ Component: (await import('./dataset-create-page')).DatasetCreatePage }),
  },
  {
    path: 'datasets/:datasetId',
    lazy: async () => ({ Component: (await import('./dataset-page')).DatasetPage }),
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('./dataset-metadata-tab')).DatasetMetadataTab,
        }),
      },
      {
        path: 'resources',
        lazy: async () => ({ Component: (await import('./dataset-tabs')).DatasetResourcesRoute }),
      },
      {
        path: 'reuses',
        lazy: async () => ({ Component: (await import('./dataset-tabs')).DatasetReusesRoute }),
      },
      {
        path: 'discussions',
        lazy: async () => ({
          Component: (await import('./dataset-tabs')).DatasetDiscussionsRoute,
        }),
      },
      {
        path: 'activity',
        lazy: async () => ({
          Component: (await import('./dataset-activity-tab')).DatasetActivityTab,
        }),
      },
    ],
  },
]
