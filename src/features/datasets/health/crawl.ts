import pLimit from 'p-limit'
import type { ApiInit } from '@/api/client'
import { toSearchParams, type PaginatedArray } from '@/api/pagination'
import { politeFetch } from '@/api/polite-fetch'
import type { HealthDataset, HealthDiscussion, HealthInput, HealthResource } from './types'

/** Requests done out of those known so far (the count grows as first pages reveal totals). */
export type CrawlProgress = { done: number; total: number }

/**
 * How resources are read. `embedded`: v1 dataset pages with their resources inside, masked to
 * the fields the report needs (few requests; the chosen way, see bench/health-bench.ts). `paged`:
 * v2 dataset pages, then each dataset's v2 resource pages (one request per 100 resources).
 */
export type CrawlStrategy = 'embedded' | 'paged'

export type CrawlOptions = {
  signal?: AbortSignal
  onProgress?: (progress: CrawlProgress) => void
  concurrency?: number
  strategy?: CrawlStrategy
  /** For the benchmark, which runs outside a session. */
  auth?: Pick<ApiInit, 'instance' | 'apiKey'>
}

const datasetFields = 'id,title,frequency,frequency_date,last_update,quality'
const resourceFields = 'id,title,filetype,url,extras'

/** X-Fields masks: only what the report reads travels (udata-api.md §2). */
export const healthMasks = {
  embedded: `data{${datasetFields},resources{${resourceFields}}},total`,
  datasets: `data{${datasetFields},resources{total}},total`,
  resources: `data{${resourceFields}},total`,
  discussions:
    'data{id,title,subject{class,id},created,closed,discussion{posted_on,posted_by_organization{id}}},total',
}

// v1 pages embed every resource: 50 datasets a page keeps the answer small enough (udata-api.md §6).
const embeddedPageSize = 50
const pageSize = 100

type Page<T> = Pick<PaginatedArray<T>, 'data' | 'total'>

/**
 * Reads every page of a list: the first one for the total, then the others at once through the
 * shared limiter. Page URLs are computed, not taken from `next_page`, so they can run side by
 * side; the list is sorted, so pages do not shift while nothing is written.
 */
async function readAll<T extends { id: string }>(
  base: string,
  params: Record<string, string | number>,
  mask: string,
  size: number,
  fetchPage: <P>(url: string, mask: string) => Promise<P>,
  found: (pages: number) => void,
): Promise<T[]> {
  const url = (page: number) =>
    `${base}?${toSearchParams({ ...params, page, page_size: size }).toString()}`
  const first = await fetchPage<Page<T>>(url(1), mask)
  const pages = Math.ceil(first.total / size)
  found(pages - 1)
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, index) =>
      fetchPage<Page<T>>(url(index + 2), mask),
    ),
  )
  const all = [first, ...rest].flatMap((page) => page.data)
  // a write during the crawl can shift an item onto the next page: keep each once
  return [...new Map(all.map((item) => [item.id, item])).values()]
}

/** Everything the health report needs about an organization, read politely. */
export async function crawlOrganization(
  organizationId: string,
  options: CrawlOptions = {},
): Promise<HealthInput> {
  const { onProgress, concurrency = 4, strategy = 'embedded', auth } = options
  // one failed page fails the report: the queued ones are dropped rather than sent for nothing
  const stop = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
  const limit = pLimit(concurrency)
  const progress = { done: 0, total: 2 }
  const report = () => onProgress?.({ ...progress })
  const found = (requests: number) => {
    progress.total += requests
    report()
  }
  const fetchPage = <P>(url: string, mask: string) =>
    limit(async () => {
      signal.throwIfAborted()
      const page = await politeFetch<P>(url, {
        ...auth,
        signal,
        headers: { 'X-Fields': mask },
      }).catch((error: unknown) => {
        stop.abort(error)
        throw error
      })
      progress.done += 1
      report()
      return page
    })
  report()

  const listParams = {
    organization: organizationId,
    deleted: 'false',
    archived: 'false',
    sort: '-created',
  }
  const discussions = readAll<HealthDiscussion>(
    '/api/1/discussions/',
    { org: organizationId, sort: '-created' },
    healthMasks.discussions,
    pageSize,
    fetchPage,
    found,
  )
  const datasets =
    strategy === 'embedded'
      ? readAll<HealthDataset & { resources: HealthResource[] }>(
          '/api/1/datasets/',
          listParams,
          healthMasks.embedded,
          embeddedPageSize,
          fetchPage,
          found,
        )
      : readAll<HealthDataset & { resources: { total: number } }>(
          '/api/2/datasets/',
          listParams,
          healthMasks.datasets,
          pageSize,
          fetchPage,
          found,
        ).then((list) =>
          Promise.all(
            list.map(async (dataset) => {
              if (dataset.resources.total === 0) return { ...dataset, resources: [] }
              found(1)
              const resources = await readAll<HealthResource>(
                `/api/2/datasets/${encodeURIComponent(dataset.id)}/resources/`,
                {},
                healthMasks.resources,
                pageSize,
                fetchPage,
                found,
              )
              return { ...dataset, resources }
            }),
          ),
        )
  const [datasetList, discussionList] = await Promise.all([datasets, discussions])
  return { datasets: datasetList, discussions: discussionList }
}
