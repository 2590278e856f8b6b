import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toSearchParams } from '@/api/pagination'
import { sharedReferenceQuery } from '@/api/reference'
import { datasetQueries, datasetSuggestQueries } from '@/features/datasets/queries'
import type { Language } from '@/i18n/language'
import type { Resource, ResourcePage, ResourceType, SchemaCatalogueEntry } from './types'

export type ResourceListParams = { q?: string }

/** Suggest endpoints answer `[{text}]`; older instances answered bare strings. */
export type Suggestion = { text: string } | string

export const suggestionText = (suggestion: Suggestion) =>
  typeof suggestion === 'string' ? suggestion : suggestion.text

/** 100 rows a page: 1,000 resources in 10 requests, the first screen after one. */
export const resourcePageSize = 100

export function resourcesPageUrl(datasetId: string, page: number, params: ResourceListParams) {
  const search = toSearchParams({ page, page_size: resourcePageSize, q: params.q?.trim() })
  return `/api/2/datasets/${datasetId}/resources/?${search}`
}

/**
 * Keys live under the `datasets` domain because resources are part of a dataset: a dataset
 * write (mutationKey `datasets`) refreshes them too. Resource writes invalidate the dataset's
 * detail (its resources, last_modified) and update or refetch this list themselves.
 */
export const resourceQueries = {
  datasetDetail: (datasetId: string) => datasetQueries.detail(datasetId).queryKey,
  all: (datasetId: string) => [...datasetQueries.all(), 'resources', datasetId] as const,
  list: (datasetId: string, params: ResourceListParams) =>
    infiniteQueryOptions({
      queryKey: [...resourceQueries.all(datasetId), 'list', params],
      queryFn: ({ pageParam, signal }) => apiFetch<ResourcePage>(pageParam, { signal }),
      initialPageParam: resourcesPageUrl(datasetId, 1, params),
      // The API's next_page decides whether there is more, but the URL is rebuilt here: this
      // endpoint hand-builds next_page without encoding `q`, and with the host the server sees,
      // which may not be the instance origin the key is scoped to (udata-api.md §4.4, §6).
      getNextPageParam: (last) =>
        last.next_page ? resourcesPageUrl(datasetId, last.page + 1, params) : undefined,
      staleTime: 60_000,
    }),
  /** One resource, for a link that points at it (the health page's broken links). */
  one: (datasetId: string, resourceId: string) =>
    queryOptions({
      queryKey: [...resourceQueries.all(datasetId), 'one', resourceId],
      queryFn: ({ signal }) =>
        apiFetch<Resource>(
          `/api/1/datasets/${encodeURIComponent(datasetId)}/resources/${encodeURIComponent(resourceId)}/`,
          { signal },
        ),
    }),
  types: (lang: Language) =>
    sharedReferenceQuery<ResourceType[]>('resource-types', '/api/1/datasets/resource_types/', lang),
  extensions: () => sharedReferenceQuery<string[]>('extensions', '/api/1/datasets/extensions/'),
  schemas: () => ({
    ...sharedReferenceQuery<SchemaCatalogueEntry[]>('schemas', '/api/1/datasets/schemas/'),
    // schema.data.gouv.fr may be down (503): the form falls back to typing the schema name.
    retry: false,
  }),
  suggestFormats: (q: string) =>
    queryOptions({
      queryKey: [...datasetSuggestQueries.all(), 'formats', q],
      queryFn: ({ signal }) =>
        apiFetch<Suggestion[]>(
          `/api/1/datasets/suggest/formats/?${toSearchParams({ q, size: 8 })}`,
          { signal },
        ),
      enabled: q.trim().length > 0,
      staleTime: 5 * 60_000,
    }),
  suggestMime: (q: string) =>
    queryOptions({
      queryKey: [...datasetSuggestQueries.all(), 'mime', q],
      queryFn: ({ signal }) =>
        apiFetch<Suggestion[]>(`/api/1/datasets/suggest/mime/?${toSearchParams({ q, size: 8 })}`, {
          signal,
        }),
      enabled: q.trim().length > 0,
      staleTime: 5 * 60_000,
    }),
}
