import type { QueryClient } from '@tanstack/react-query'
import { CommunityResourcePage } from './community-resource-page'
import { CommunityResourcesPage } from './community-resources-page'
import { DatasetCommunityResourcesRoute } from './dataset-community-resources-tab'
import { communityDetailLoader, communityListLoader, datasetTabLoader } from './loaders'

// The pages, the dataset tab and their loaders in one chunk: every lazy chunk costs the entry a
// file name in its preload map, and the entry is at its budget (e2e/budgets.spec.ts).

export const listRoute = (queryClient: QueryClient) => ({
  loader: communityListLoader(queryClient),
  Component: CommunityResourcesPage,
})

export const detailRoute = (queryClient: QueryClient) => ({
  loader: communityDetailLoader(queryClient),
  Component: CommunityResourcePage,
})

export const datasetTabRoute = (queryClient: QueryClient) => ({
  loader: datasetTabLoader(queryClient),
  Component: DatasetCommunityResourcesRoute,
})
