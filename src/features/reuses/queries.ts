import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import pLimit from 'p-limit'
import { apiFetch } from '@/api/client'
import { listPageQuery } from '@/api/list-page-query'
import { fetchAllPages, nextPagePath, toSearchParams, type PaginatedArray } from '@/api/pagination'
import { referenceQuery, referenceStaleTime } from '@/api/reference'
import { datasetQueries } from '@/features/datasets/queries'
import type { Language } from '@/i18n/language'
import { isSearchable } from '@/ui/searchable'
import type { ReuseApiParams } from './reuse-list-params'
import { reuseListUrl } from './reuse-list-request'
import type {
  DatasetSummary,
  RecentReuse,
  ReportReason,
  ReportReasonsResponse,
  Reuse,
  ReuseDatasetRef,
  ReuseLabel,
  ReuseV2,
} from './types'

const recentReuseFields = 'data{id,created_at,deleted,organization{id},datasets{id}},next_page'
const recentMaxPages = 10

// At most 4 per-dataset requests in flight at once, across the whole inbox.
const inboxLimiter = pLimit(4)

export const reuseQueries = {
  all: () => ['reuses'] as const,
  lists: () => [...reuseQueries.all(), 'list'] as const,
  list: (params: ReuseApiParams) =>
    listPageQuery<ReuseV2>([...reuseQueries.lists(), params], reuseListUrl(params)),
  /**
   * The instance's reuses created after `since`, newest first, reduced to what tells whether one
   * uses our data. A few requests at most, where the inbox needs one per reused dataset: the
   * organization home only counts what is new. The walk stops after `recentMaxPages` pages.
   */
  createdSince: (since: string) =>
    queryOptions({
      queryKey: [...reuseQueries.all(), 'created-since', since],
      queryFn: async ({ signal }): Promise<{ reuses: RecentReuse[]; complete: boolean }> => {
        const threshold = Date.parse(since)
        const reuses: RecentReuse[] = []
        let url: string | null =
          `/api/1/reuses/?${toSearchParams({ sort: '-created', page_size: 100 })}`
        for (let page = 0; url && page < recentMaxPages; page += 1) {
          const answer: PaginatedArray<RecentReuse> = await apiFetch<PaginatedArray<RecentReuse>>(
            url,
            { signal, headers: { 'X-Fields': recentReuseFields } },
          )
          for (const reuse of answer.data) {
            if (Date.parse(reuse.created_at) <= threshold) return { reuses, complete: true }
            reuses.push(reuse)
          }
          url = nextPagePath(answer.next_page, url)
        }
        return { reuses, complete: url === null }
      },
      staleTime: 60_000,
    }),
  /** Every reuse of one dataset (all pages), for the review inbox; requests share a limiter. */
  allOfDataset: (datasetId: string) =>
    queryOptions({
      queryKey: [...reuseQueries.all(), 'of-dataset', datasetId],
      queryFn: ({ signal }) =>
        inboxLimiter(() =>
          fetchAllPages<ReuseV2>(
            `/api/2/reuses/?${toSearchParams({ dataset: datasetId, page_size: 100, sort: '-created' })}`,
            { signal },
          ),
        ),
      staleTime: 5 * 60_000,
    }),
  /** The dataset page's Reuses tab: a page of 20, newest first, `?page=` from its URL. */
  ofDatasetPage: (datasetId: string, searchParams: URLSearchParams) =>
    reuseQueries.list({
      dataset: datasetId,
      page: Math.max(1, Number(searchParams.get('page')) || 1),
      page_size: 20,
      sort: '-created',
    }),
  detail: (reuseId: string) =>
    queryOptions({
      queryKey: [...reuseQueries.all(), 'detail', reuseId],
      queryFn: ({ signal }) =>
        apiFetch<Reuse>(`/api/1/reuses/${reuseId}/`, {
          signal,
          // v1 embeds every linked dataset in full (with resources); only their ids and titles are needed.
          headers: { 'X-Fields': '*,datasets{id,title,slug,uri,page,organization{id,name}}' },
        }),
    }),
  /**
   * The complete list of a reuse's datasets when the instance answers with a v2 link object
   * (`{href, total}`) instead of embedding them: every page is followed, so a save never truncates
   * the list (udata-api.md §11.11). v1 embeds them all, and then this query is not needed.
   */
  linkedDatasets: (reuseId: string, href: string) =>
    queryOptions({
      queryKey: [...reuseQueries.all(), 'linked-datasets', reuseId, href],
      queryFn: ({ signal }) => fetchAllPages<ReuseDatasetRef>(href, { signal }),
    }),
  types: (lang: Language) => reuseLabels('types', lang),
  topics: (lang: Language) => reuseLabels('topics', lang),
}

/** udata's reuse types and topics: two translated lists of the same shape, under reuses. */
function reuseLabels(list: 'types' | 'topics', lang: Language) {
  return referenceQuery<ReuseLabel[]>(
    [...reuseQueries.all(), list, lang],
    `/api/1/reuses/${list}/?lang=${lang}`,
  )
}

/**
 * udata ≥ 10 answers `[{value, label}]`, older versions a `{value: label}` map; some instances
 * (and the sandbox) use `id` instead of `value`. All become `{value, label}`.
 */
export function normalizeReportReasons(response: ReportReasonsResponse): ReportReason[] {
  if (!Array.isArray(response))
    return Object.entries(response).map(([value, label]) => ({ value, label }))
  return response.flatMap((item) => {
    const value = item.value ?? item.id
    return value ? [{ value, label: item.label }] : []
  })
}

export const reportQueries = {
  all: () => ['reports'] as const,
  reasons: (lang: Language) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'reasons', lang],
      queryFn: async ({ signal }) =>
        normalizeReportReasons(
          await apiFetch<ReportReasonsResponse>(`/api/1/reports/reasons/?lang=${lang}`, { signal }),
        ),
      staleTime: referenceStaleTime,
    }),
}

/**
 * The organization's datasets that have reuses. Sorted by `-reuses`, so pages are followed only
 * until the first dataset with none. Kept under the datasets domain so dataset writes refresh it.
 */
export const reusedDatasetQueries = {
  ofOrganization: (organizationId: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'reused', organizationId],
      queryFn: async ({ signal }): Promise<DatasetSummary[]> => {
        const found: DatasetSummary[] = []
        let url: string | null =
          `/api/2/datasets/?${toSearchParams({ organization: organizationId, sort: '-reuses', page_size: 100 })}`
        while (url) {
          const page: PaginatedArray<DatasetSummary> = await apiFetch<
            PaginatedArray<DatasetSummary>
          >(url, {
            signal,
          })
          const reused = page.data.filter((dataset) => (dataset.metrics?.reuses ?? 0) > 0)
          found.push(...reused)
          url = reused.length < page.data.length ? null : nextPagePath(page.next_page, url)
        }
        return found
      },
      staleTime: 5 * 60_000,
    }),
}

/** Datasets for the reuse form's picker: the organization's own, then all public ones. */
export const datasetPickerQueries = {
  organization: (organizationId: string, q: string) => ({
    ...listPageQuery<DatasetSummary>(
      [...datasetQueries.all(), 'picker', organizationId, q],
      `/api/2/datasets/?${toSearchParams({ organization: organizationId, q, page_size: 10 })}`,
    ),
    enabled: isSearchable(q),
  }),
  suggest: (q: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'suggest', q],
      queryFn: ({ signal }) =>
        apiFetch<DatasetSummary[]>(`/api/1/datasets/suggest/?${toSearchParams({ q, size: 10 })}`, {
          signal,
        }),
      enabled: isSearchable(q),
      placeholderData: keepPreviousData,
    }),
}
