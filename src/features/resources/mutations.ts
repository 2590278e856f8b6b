import {
  useMutation,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { resourceQueries } from './queries'
import type { NewRemoteResource, Resource, ResourcePage, ResourceUpdate } from './types'

/** Swaps one resource in every cached page of the dataset's lists, without refetching 1,000 rows. */
export function replaceCachedResource(queryClient: QueryClient, datasetId: string, next: Resource) {
  queryClient.setQueriesData<InfiniteData<ResourcePage, string>>(
    { queryKey: resourceQueries.all(datasetId) },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          data: page.data.map((resource) => (resource.id === next.id ? next : resource)),
        })),
      },
  )
}

/** New resources are prepended by udata; show one at once, before the list is refetched. */
export function prependCachedResource(
  queryClient: QueryClient,
  datasetId: string,
  added: Resource,
) {
  queryClient.setQueriesData<InfiniteData<ResourcePage, string>>(
    { queryKey: resourceQueries.list(datasetId, {}).queryKey },
    (data) => {
      const [first, ...rest] = data?.pages ?? []
      if (!data || !first || first.data.some((r) => r.id === added.id)) return data
      return {
        ...data,
        pages: [{ ...first, total: first.total + 1, data: [added, ...first.data] }, ...rest],
      }
    },
  )
}

export function invalidateResources(queryClient: QueryClient, datasetId: string) {
  return queryClient.invalidateQueries({ queryKey: resourceQueries.all(datasetId) })
}

/**
 * Metadata only. `extras` is never part of the body: udata would replace every extra with it and
 * wipe Hydra's availability checks (udata-api.md §4.4, pitfall 7).
 */
export function useUpdateResource(datasetId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: resourceQueries.datasetDetail(datasetId),
    mutationFn: ({ resourceId, update }: { resourceId: string; update: ResourceUpdate }) => {
      // Belt and braces for callers outside TypeScript's reach: extras never leave this hook.
      const body: Record<string, unknown> = { ...update }
      delete body.extras
      return apiFetch<Resource>(`/api/1/datasets/${datasetId}/resources/${resourceId}/`, {
        method: 'PUT',
        json: body,
      })
    },
    onSuccess: (resource) => replaceCachedResource(queryClient, datasetId, resource),
  })
}

export function useCreateRemoteResource(datasetId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: resourceQueries.datasetDetail(datasetId),
    mutationFn: (resource: NewRemoteResource) =>
      apiFetch<Resource>(`/api/1/datasets/${datasetId}/resources/`, {
        method: 'POST',
        json: resource,
      }),
    onSuccess: () => invalidateResources(queryClient, datasetId),
  })
}

export function useDeleteResource(datasetId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: resourceQueries.datasetDetail(datasetId),
    mutationFn: (resourceId: string) =>
      apiFetch<undefined>(`/api/1/datasets/${datasetId}/resources/${resourceId}/`, {
        method: 'DELETE',
      }),
    onSuccess: () => invalidateResources(queryClient, datasetId),
  })
}

/**
 * Saves an order. udata wants every resource id (a partial list is refused with 400), and may
 * time out on big datasets: the cache is only touched once the server said yes, so a failure
 * leaves the saved order on screen.
 */
export function useReorderResources(datasetId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: resourceQueries.datasetDetail(datasetId),
    mutationFn: (ids: string[]) =>
      apiFetch<Resource[]>(`/api/1/datasets/${datasetId}/resources/`, {
        method: 'PUT',
        json: ids,
        timeoutMs: 120_000,
      }),
    onSuccess: () => invalidateResources(queryClient, datasetId),
  })
}
