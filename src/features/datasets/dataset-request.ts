/** Zones and granularity come as objects with it, so the form can show their names. */
export const fullObjectsHeader = { 'X-Get-Datasets-Full-Objects': 'true' }

/**
 * The dataset page's first read (`datasetQueries.detail`, the v1 object the form edits): its
 * path and headers, also for the read sent before the application's code loads (src/early.ts).
 */
export function datasetRequest(datasetId: string) {
  return { path: `/api/1/datasets/${encodeURIComponent(datasetId)}/`, headers: fullObjectsHeader }
}
