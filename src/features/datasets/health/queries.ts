import { queryOptions } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { getInstance } from '@/session/session'
import { datasetQueries } from '@/features/datasets/queries'
import { buildReport } from './analyse'
import { crawlOrganization, type CrawlProgress } from './crawl'
import { readStoredHealth, storeReport, type StoredHealth } from './report-store'

// The crawl's progress, per organization, for the page's progress bar (React Query keeps data,
// not progress).
const progressByOrganization = new Map<string, CrawlProgress>()
const listeners = new Set<() => void>()

function setProgress(organizationId: string, progress: CrawlProgress | null) {
  if (progress) progressByOrganization.set(organizationId, progress)
  else progressByOrganization.delete(organizationId)
  for (const listener of listeners) listener()
}

export function useCrawlProgress(organizationId: string): CrawlProgress | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => progressByOrganization.get(organizationId),
  )
}

/** A report is hundreds of requests: it is kept half a day unless the user refreshes it. */
const reportStaleTime = 12 * 60 * 60 * 1000

export const healthQueries = {
  /**
   * Under the datasets' key: every dataset write (a bulk job, a form) marks the report stale,
   * so coming back to the page recomputes it.
   */
  report: (organizationId: string) => {
    const instance = getInstance() ?? ''
    // React Query asks for the initial data, then for its date: one read and parse serves both.
    let stored: StoredHealth | null | undefined
    const readStored = () => (stored ??= readStoredHealth(instance, organizationId))
    return queryOptions({
      queryKey: [...datasetQueries.all(), 'health', instance, organizationId] as const,
      queryFn: async ({ signal }): Promise<StoredHealth> => {
        try {
          const input = await crawlOrganization(organizationId, {
            signal,
            onProgress: (progress) => setProgress(organizationId, progress),
          })
          return storeReport(instance, buildReport(input, organizationId, Date.now()))
        } finally {
          setProgress(organizationId, null)
        }
      },
      initialData: () => readStored() ?? undefined,
      initialDataUpdatedAt: () => {
        const report = readStored()?.report
        return report ? Date.parse(report.computed_at) : undefined
      },
      staleTime: reportStaleTime,
      gcTime: reportStaleTime,
      // the crawl waits out 429s itself; anything else would fail again just the same
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    })
  },
}
