import {
  changedFields,
  datasetFormFields,
  sameFieldValue,
  type DatasetFormField,
  type DatasetFormValues,
} from './dataset-form-values'
import type { DatasetBase } from './types'

export type ConflictChoice = 'mine' | 'server'

/**
 * A dataset's version stamp: the one value compared wherever we ask "did it change?". udata
 * freezes `last_modified` on a harvested dataset (it answers the remote catalogue's
 * `harvest.modified_at`), so another client's edit there shows only in
 * `internal.last_modified_internal` (udata-api-admin.md §6.4); `last_modified` is the fallback
 * for masked answers and portals that do not send `internal`.
 */
export function datasetVersion(dataset: Pick<DatasetBase, 'last_modified' | 'internal'>): string {
  return dataset.internal?.last_modified_internal ?? dataset.last_modified
}

/**
 * One row of the conflict view. `both`: the user and the server changed the field differently
 * (the user must choose); `server`: only the server changed it; `mine`: only the user did.
 */
export type FieldConflict = {
  field: DatasetFormField
  kind: 'both' | 'server' | 'mine'
  loaded: DatasetFormValues[DatasetFormField]
  server: DatasetFormValues[DatasetFormField]
  mine: DatasetFormValues[DatasetFormField]
}

/**
 * Three-way comparison of the form: as loaded, as the server has it now, as the user edited it.
 * Fields where the user and the server agree are not conflicts.
 */
export function diffConflicts(
  loaded: DatasetFormValues,
  server: DatasetFormValues,
  mine: DatasetFormValues,
): FieldConflict[] {
  const serverChanged = new Set(changedFields(loaded, server))
  const mineChanged = new Set(changedFields(loaded, mine))
  return datasetFormFields.flatMap((field): FieldConflict[] => {
    const byServer = serverChanged.has(field)
    const byMe = mineChanged.has(field)
    if (!byServer && !byMe) return []
    if (byServer && byMe && sameFieldValue(field, server, mine)) return []
    const kind = byServer && byMe ? 'both' : byServer ? 'server' : 'mine'
    return [{ field, kind, loaded: loaded[field], server: server[field], mine: mine[field] }]
  })
}

/** The default choice: each side keeps its own change; a real clash waits for the user. */
export function defaultChoices(
  conflicts: FieldConflict[],
): Partial<Record<DatasetFormField, ConflictChoice>> {
  const choices: Partial<Record<DatasetFormField, ConflictChoice>> = {}
  for (const conflict of conflicts) {
    if (conflict.kind === 'server') choices[conflict.field] = 'server'
    if (conflict.kind === 'mine') choices[conflict.field] = 'mine'
  }
  return choices
}

export function allChosen(
  conflicts: FieldConflict[],
  choices: Partial<Record<DatasetFormField, ConflictChoice>>,
): boolean {
  return conflicts.every((conflict) => choices[conflict.field] !== undefined)
}

/**
 * The values to save once the user chose: the server's current values, with the user's value
 * for every field they chose to keep. The server's state becomes the new "loaded" baseline.
 */
export function resolveConflicts(
  server: DatasetFormValues,
  mine: DatasetFormValues,
  choices: Partial<Record<DatasetFormField, ConflictChoice>>,
): DatasetFormValues {
  const resolved: DatasetFormValues = { ...server }
  for (const field of datasetFormFields) {
    if (choices[field] === 'mine') Object.assign(resolved, { [field]: mine[field] })
  }
  return resolved
}
