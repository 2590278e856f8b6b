import { useCallback, useSyncExternalStore } from 'react'

/** Optional columns of the datasets table (title and selection are always shown). */
export const datasetColumns = [
  'status',
  'created',
  'last_modified',
  'last_update',
  'resources',
  'quality',
  'reuses',
  'followers',
  'views',
  'license',
  'tags',
] as const
export type DatasetColumn = (typeof datasetColumns)[number]

export const defaultColumns: readonly DatasetColumn[] = [
  'status',
  'last_modified',
  'resources',
  'quality',
  'reuses',
]

// A display preference, not a secret: localStorage keeps it across tabs and sessions.
const storageKey = 'udata-console.datasets.columns'
const listeners = new Set<() => void>()
let cached: { raw: string | null; columns: readonly DatasetColumn[] } | undefined

export function parseColumns(raw: string | null): readonly DatasetColumn[] {
  if (!raw) return defaultColumns
  try {
    const value: unknown = JSON.parse(raw)
    if (!Array.isArray(value)) return defaultColumns
    // Keep the table's own order whatever order they were ticked in; drop unknown names.
    return datasetColumns.filter((column) => value.includes(column))
  } catch {
    return defaultColumns
  }
}

function read(): readonly DatasetColumn[] {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(storageKey)
  } catch {
    raw = null
  }
  if (cached?.raw !== raw) cached = { raw, columns: parseColumns(raw) }
  return cached.columns
}

function write(columns: readonly DatasetColumn[]) {
  try {
    localStorage.setItem(storageKey, JSON.stringify(columns))
  } catch {
    // private mode: the choice lasts for this page only
    cached = { raw: JSON.stringify(columns), columns }
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function useDatasetColumns() {
  const columns = useSyncExternalStore(subscribe, read, () => defaultColumns)
  const setVisible = useCallback((column: DatasetColumn, visible: boolean) => {
    const current = read()
    write(datasetColumns.filter((c) => (c === column ? visible : current.includes(c))))
  }, [])
  return { columns, setVisible }
}
