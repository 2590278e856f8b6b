import type { PageWithLoader } from '@/api/lazy-route'
import { CommunityResourcePage } from './community-resource-page'
import { CommunityResourcesPage } from './community-resources-page'
import { DatasetCommunityResourcesRoute } from './dataset-community-resources-tab'
import { communityDetailLoader, communityListLoader, datasetTabLoader } from './loaders'

// The pages, the dataset tab and their loaders in one chunk: every lazy chunk costs the entry a
// file name in its preload map, and the entry is at its budget (e2e/budgets.spec.ts).

export const communityPages = {
  list: { loader: communityListLoader, Component: CommunityResourcesPage },
  detail: { loader: communityDetailLoader, Component: CommunityResourcePage },
  datasetTab: { loader: datasetTabLoader, Component: DatasetCommunityResourcesRoute },
} satisfies Record<string, PageWithLoader>
