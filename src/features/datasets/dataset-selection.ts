import { useCallback, useMemo, useSyncExternalStore, type ComponentType } from 'react'
import { sameFilters, type DatasetListParams } from './dataset-list-params'

export type { DatasetListParams } from './dataset-list-params'

/**
 * What the user picked in the datasets table, handed to the bulk actions. Either explicit ids
 * (rows or whole pages, kept across paging), or "every dataset matching these params" where
 * `params` is the list query (any page) and `total` the count shown when it was chosen; the bulk
 * engine re-reads the list from page 1 (`fetchAllPages`) to get the ids.
 */
export type DatasetSelection =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'all-matching'; params: DatasetListParams; total: number }

export const emptySelection: DatasetSelection = { kind: 'ids', ids: [] }

export function selectionCount(selection: DatasetSelection): number {
  return selection.kind === 'ids' ? selection.ids.length : selection.total
}

export function isSelected(selection: DatasetSelection, id: string): boolean {
  return selection.kind === 'all-matching' || selection.ids.includes(id)
}

/**
 * Adds or removes rows. Unticking a row while "all matching" is on cannot be expressed as an
 * exclusion the bulk engine understands, so it falls back to the visible rows minus that one
 * (what Gmail does), and the count shown tells the user.
 */
export function setRowsSelected(
  selection: DatasetSelection,
  ids: readonly string[],
  selected: boolean,
  visibleIds: readonly string[] = [],
): DatasetSelection {
  const current = selection.kind === 'ids' ? selection.ids : [...visibleIds]
  if (selected) return { kind: 'ids', ids: [...new Set([...current, ...ids])] }
  const removed = new Set(ids)
  return { kind: 'ids', ids: current.filter((id) => !removed.has(id)) }
}

export function selectAllMatching(params: DatasetListParams, total: number): DatasetSelection {
  return { kind: 'all-matching', params: { ...params, page: 1 }, total }
}

/** "All matching" is only true for the filters it was chosen with; other filters drop it. */
export function reconcileSelection(
  selection: DatasetSelection,
  params: DatasetListParams,
): DatasetSelection {
  if (selection.kind === 'all-matching' && !sameFilters(selection.params, params))
    return emptySelection
  return selection
}

// A tiny store keyed by organization: the selection survives paging and leaving the list for a
// dataset and back, and is dropped with the tab. Server data does not live here, only ids.
const selections = new Map<string, DatasetSelection>()
const listeners = new Set<() => void>()

export function getDatasetSelection(organizationId: string): DatasetSelection {
  return selections.get(organizationId) ?? emptySelection
}

export function setDatasetSelection(organizationId: string, selection: DatasetSelection) {
  if (selection.kind === 'ids' && selection.ids.length === 0) selections.delete(organizationId)
  else selections.set(organizationId, selection)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function useDatasetSelection(organizationId: string) {
  const selection = useSyncExternalStore(
    subscribe,
    () => getDatasetSelection(organizationId),
    () => emptySelection,
  )
  const update = useCallback(
    (next: (current: DatasetSelection) => DatasetSelection) =>
      setDatasetSelection(organizationId, next(getDatasetSelection(organizationId))),
    [organizationId],
  )
  return useMemo(
    () => ({
      selection,
      count: selectionCount(selection),
      isSelected: (id: string) => isSelected(selection, id),
      setRows: (ids: readonly string[], selected: boolean, visibleIds?: readonly string[]) =>
        update((current) => setRowsSelected(current, ids, selected, visibleIds)),
      selectAllMatching: (params: DatasetListParams, total: number) =>
        update(() => selectAllMatching(params, total)),
      reconcile: (params: DatasetListParams) =>
        update((current) => reconcileSelection(current, params)),
      clear: () => update(() => emptySelection),
    }),
    [selection, update],
  )
}

/**
 * The bulk actions shown beside a selection, given by the app layer (src/app), which composes
 * features: the datasets list does not import the bulk feature, and loads none of its code.
 */
export type BulkActionsSlot = ComponentType<{
  organizationId: string
  selection: DatasetSelection
  onClear: () => void
}>
