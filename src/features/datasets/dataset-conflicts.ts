import {
  diffFieldConflicts,
  resolveChoices,
  type ConflictChoices,
  type FieldConflict as GenericFieldConflict,
} from '@/ui/field-conflicts'
import {
  datasetFormFields,
  sameFieldValue,
  type DatasetFormField,
  type DatasetFormValues,
} from './dataset-form-values'
import type { DatasetBase } from './types'

export { allChosen, defaultChoices } from '@/ui/field-conflicts'

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

export type FieldConflict = GenericFieldConflict<DatasetFormField, DatasetFormValues>

/**
 * Three-way comparison of the form: as loaded, as the server has it now, as the user edited it.
 * Fields where the user and the server agree are not conflicts.
 */
export function diffConflicts(
  loaded: DatasetFormValues,
  server: DatasetFormValues,
  mine: DatasetFormValues,
): FieldConflict[] {
  return diffFieldConflicts(datasetFormFields, sameFieldValue, loaded, server, mine)
}

/** The server's values, with the user's for every field they chose to keep. */
export function resolveConflicts(
  server: DatasetFormValues,
  mine: DatasetFormValues,
  choices: ConflictChoices<DatasetFormField>,
): DatasetFormValues {
  return resolveChoices(datasetFormFields, server, mine, choices)
}
