/** Rows shown per list; the CSV export has them all. */
export const shownRows = 50

/** The rows a finding's list shows. */
export function firstRows<T>(rows: readonly T[]): T[] {
  return rows.slice(0, shownRows)
}

export const datasetPath = (organizationId: string, datasetId: string) =>
  `/organizations/${encodeURIComponent(organizationId)}/datasets/${encodeURIComponent(datasetId)}`
