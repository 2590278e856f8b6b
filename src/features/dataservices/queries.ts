import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { fetchAllPages, toSearchParams } from '@/api/pagination'
import { datasetReferenceQueries } from '@/features/datasets/queries'
import type { Dataservice, DataserviceSort, LinkedDatasetRef } from './types'

/** What the organization's list asks udata for; the status is applied afterwards (see below). */
export type DataserviceListParams = { organization: string; q?: string; sort: DataserviceSort }

export const dataserviceQueries = {
  all: () => ['dataservices'] as const,
  lists: () => [...dataserviceQueries.all(), 'list'] as const,
  /**
   * Every dataservice of the organization matching `q`, in `sort` order, all pages followed.
   * udata's list has no private/archived/deleted filter and hands members their deleted ones
   * too (udata-api-admin.md §3.2, §9.5), so a status can only be told from the fields: reading
   * the organization's whole list (a few dozen APIs at most, where datasets run to thousands)
   * gives exact per-status counts and pages, where filtering one API page would show short,
   * uneven pages. The sort is always sent: udata has no default one (natural order).
   */
  organizationList: (params: DataserviceListParams) =>
    queryOptions({
      queryKey: [...dataserviceQueries.lists(), params],
      queryFn: ({ signal }) =>
        fetchAllPages<Dataservice>(
          `/api/1/dataservices/?${toSearchParams({ ...params, page_size: 100 })}`,
          { signal },
        ),
    }),
  detail: (dataserviceId: string) =>
    queryOptions({
      queryKey: [...dataserviceQueries.all(), 'detail', dataserviceId],
      queryFn: ({ signal }) => fetchDataservice(dataserviceId, signal),
    }),
  /**
   * The complete list of linked datasets: a PATCH replaces `datasets` whole, so the form may
   * only offer to edit it once every page has been read (a partial list would truncate it).
   */
  linkedDatasets: (dataserviceId: string) =>
    queryOptions({
      queryKey: [...dataserviceQueries.all(), 'linked-datasets', dataserviceId],
      queryFn: ({ signal }) => fetchLinkedDatasets(dataserviceId, signal),
    }),
  /** The same INSPIRE grounds as a dataset's restricted access (one list, one cache entry). */
  reasonCategories: datasetReferenceQueries.accessReasons,
}

/** One API as udata has it now (the form's save re-reads it, past the cache). */
export function fetchDataservice(
  dataserviceId: string,
  signal?: AbortSignal,
): Promise<Dataservice> {
  return apiFetch<Dataservice>(`/api/1/dataservices/${encodeURIComponent(dataserviceId)}/`, {
    signal,
  })
}

export function fetchLinkedDatasets(
  dataserviceId: string,
  signal?: AbortSignal,
): Promise<LinkedDatasetRef[]> {
  return fetchAllPages<LinkedDatasetRef>(
    `/api/2/datasets/?${toSearchParams({ dataservice: dataserviceId, page_size: 100, sort: 'title' })}`,
    { signal },
  )
}
