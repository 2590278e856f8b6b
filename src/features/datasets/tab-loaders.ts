import type { QueryClient } from '@tanstack/react-query'
import { queryPreloader } from '@/api/preload'
import { datasetQueries } from './queries'
import { urlPage } from '@/ui/url-values'

// The activity tab's loader, which starts what the tab shows while its chunk loads. It loads
// lazily beside the tab's component, so none of this weighs on the first screen. The tabs other
// features provide have theirs in src/app/pages/dataset-tab-loaders.ts.

/** The activity page the tab shows for this URL query (`?page=`). */
export function activityPageOf(searchParams: URLSearchParams): number {
  return urlPage(searchParams.get('page'))
}

export const datasetIdOf = (params: { datasetId?: string }) => params.datasetId ?? ''

export const activityTabLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params, search) =>
    datasetQueries.activity(datasetIdOf(params), activityPageOf(search)),
  )
