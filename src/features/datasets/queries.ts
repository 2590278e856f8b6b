import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { listPageQuery } from '@/api/list-page-query'
import { toSearchParams, type PaginatedArray } from '@/api/pagination'
import { sharedReferenceQuery } from '@/api/reference'
import { organizationQueries } from '@/features/organizations/queries'
import type { Language } from '@/i18n/language'
import { isSearchable } from '@/ui/searchable'
import type { DatasetListParams } from './dataset-list-params'
import { datasetListFields, datasetListUrl } from './dataset-list-request'
import { datasetRequest, fullObjectsHeader } from './dataset-request'
import type {
  AccessReasonCategory,
  Activity,
  ContactPoint,
  ContactRole,
  Dataset,
  DatasetV2,
  Frequency,
  Granularity,
  License,
  SpatialZone,
  TagSuggestion,
} from './types'

export const datasetQueries = {
  all: () => ['datasets'] as const,
  lists: () => [...datasetQueries.all(), 'list'] as const,
  /** A page of the organization's datasets (drafts, archived and deleted included with a key). */
  list: (params: DatasetListParams) =>
    queryOptions({
      queryKey: [...datasetQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        apiFetch<PaginatedArray<DatasetV2>>(datasetListUrl(params), {
          signal,
          headers: { 'X-Fields': datasetListFields },
        }),
      placeholderData: keepPreviousData,
    }),
  /** Only the `total` for these filters: one tiny request per status tab. */
  count: (params: DatasetListParams) =>
    queryOptions({
      queryKey: [...datasetQueries.lists(), 'count', { ...params, page: 1, page_size: 1 }] as const,
      queryFn: ({ signal }) =>
        apiFetch<Pick<PaginatedArray<never>, 'total'>>(
          datasetListUrl({ ...params, page: 1, page_size: 1 }),
          { signal, headers: { 'X-Fields': 'total' } },
        ),
      select: (page) => page.total,
      staleTime: 60_000,
    }),
  details: () => [...datasetQueries.all(), 'detail'] as const,
  /** The v1 object (what the form edits and the PUT mirrors). */
  detail: (datasetId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.details(), datasetId] as const,
      queryFn: ({ signal }) => fetchDataset(datasetId, signal),
      // An open form must not be refreshed under the user's feet; saving checks freshness itself.
      staleTime: 5 * 60_000,
    }),
  activity: (datasetId: string, page: number) =>
    listPageQuery<Activity>(
      [...datasetQueries.all(), 'activity', datasetId, page],
      `/api/1/activity/?${toSearchParams({ related_to: datasetId, page, page_size: 20 })}`,
    ),
}

export function fetchDataset(datasetId: string, signal?: AbortSignal): Promise<Dataset> {
  const { path, headers } = datasetRequest(datasetId)
  return apiFetch<Dataset>(path, { signal, headers })
}

/**
 * The server's state right now, for the check before a save (and for lifecycle changes): the
 * v2 object, without resources, never from the cache.
 */
export function fetchCurrentDataset(datasetId: string, signal?: AbortSignal): Promise<DatasetV2> {
  return apiFetch<DatasetV2>(`/api/2/datasets/${encodeURIComponent(datasetId)}/`, {
    signal,
    headers: fullObjectsHeader,
  })
}

/** The datasets' reference lists come translated with `?lang=`: the language is part of each key. */
const translatedList =
  <T>(name: string, path: string) =>
  (lang: Language) =>
    sharedReferenceQuery<T>(name, path, lang)

export const datasetReferenceQueries = {
  licenses: translatedList<License[]>('licenses', '/api/1/datasets/licenses/'),
  frequencies: translatedList<Frequency[]>('frequencies', '/api/1/datasets/frequencies/'),
  granularities: translatedList<Granularity[]>('granularities', '/api/1/spatial/granularities/'),
  accessReasons: translatedList<AccessReasonCategory[]>(
    'access-type-reason-categories',
    '/api/1/access_type/reason_categories/',
  ),
  contactRoles: translatedList<ContactRole[]>('contact-roles', '/api/1/contacts/roles/'),
  badges: translatedList<Record<string, string>>('dataset-badges', '/api/1/datasets/badges/'),
}

/** Autocomplete sources for the form; short-lived, keyed by what was typed. */
export const datasetSuggestQueries = {
  all: () => ['suggest'] as const,
  tags: (q: string) =>
    queryOptions({
      queryKey: [...datasetSuggestQueries.all(), 'tags', q] as const,
      queryFn: ({ signal }) =>
        apiFetch<TagSuggestion[]>(
          `/api/1/tags/suggest/?${toSearchParams({ q, size: 8 }).toString()}`,
          {
            signal,
          },
        ),
      enabled: isSearchable(q),
      staleTime: 5 * 60_000,
    }),
  zones: (q: string) =>
    queryOptions({
      queryKey: [...datasetSuggestQueries.all(), 'zones', q] as const,
      queryFn: ({ signal }) =>
        apiFetch<SpatialZone[]>(
          `/api/1/spatial/zones/suggest/?${toSearchParams({ q, size: 10 }).toString()}`,
          { signal },
        ),
      enabled: isSearchable(q),
      staleTime: 5 * 60_000,
    }),
}

/** The organization's contact points, for the dataset's `contact_points`. */
export const contactPointQueries = {
  list: (organizationId: string) =>
    queryOptions({
      queryKey: [...organizationQueries.all(), organizationId, 'contacts'] as const,
      queryFn: ({ signal }) =>
        apiFetch<PaginatedArray<ContactPoint>>(
          `/api/1/organizations/${encodeURIComponent(organizationId)}/contacts/?page_size=100`,
          { signal },
        ),
      staleTime: 5 * 60_000,
    }),
}
