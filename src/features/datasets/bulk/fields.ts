import { idOf } from '@/api/refs'
import type { DatasetChanges } from '@/features/datasets/dataset-payload'
import { slugifyTag } from '@/api/tags'
import type { DatasetBase, TemporalCoverage } from '@/features/datasets/types'

/**
 * The dataset fields a bulk job may touch, each reduced to a plain comparable value.
 * The engine compares, journals and reverts these values; it never keeps whole datasets.
 */
export type FieldValues = {
  title?: string
  acronym?: string | null
  description?: string
  description_short?: string | null
  tags?: string[]
  license?: string
  frequency?: string
  temporal_coverage?: TemporalCoverage | null
  spatial_granularity?: string | null
  /** Contact point ids; empty means none. */
  contact_points?: string[]
  private?: boolean
  /** ISO datetime or null. */
  archived?: string | null
  /** ISO datetime or null; null → set means DELETE, set → null means restore. */
  deleted?: string | null
}

export type BulkField = keyof FieldValues

/** The slice of a dataset the engine reads: v1 and v2 objects both fit. */
export type DatasetSource = Pick<
  DatasetBase,
  | 'id'
  | 'title'
  | 'acronym'
  | 'description'
  | 'description_short'
  | 'tags'
  | 'license'
  | 'frequency'
  | 'temporal_coverage'
  | 'spatial'
  | 'contact_points'
  | 'private'
  | 'archived'
  | 'deleted'
  | 'harvest'
  | 'permissions'
>

/** Reads one field of a dataset as the engine compares it. */
export function readField<F extends BulkField>(
  dataset: DatasetSource,
  field: F,
): Required<FieldValues>[F] {
  const values: Required<FieldValues> = {
    title: dataset.title,
    acronym: dataset.acronym ?? null,
    description: dataset.description,
    description_short: dataset.description_short ?? null,
    tags: [...dataset.tags].sort(),
    license: idOf(dataset.license) ?? 'notspecified',
    frequency: idOf(dataset.frequency) ?? 'unknown',
    temporal_coverage: dataset.temporal_coverage
      ? { start: dataset.temporal_coverage.start, end: dataset.temporal_coverage.end ?? null }
      : null,
    spatial_granularity: idOf(dataset.spatial?.granularity),
    contact_points: (dataset.contact_points ?? []).map((point) => point.id),
    private: dataset.private,
    archived: dataset.archived ?? null,
    deleted: dataset.deleted ?? null,
  }
  return values[field]
}

export function readFields(dataset: DatasetSource, fields: readonly BulkField[]): FieldValues {
  const values: FieldValues = {}
  for (const field of fields) Object.assign(values, { [field]: readField(dataset, field) })
  return values
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const sortedB = [...b].sort()
  return [...a].sort().every((item, index) => item === sortedB[index])
}

/** Equality as the server would see it: tags as sets, dates as instants, empty text as null. */
export function sameValue<F extends BulkField>(
  field: F,
  a: FieldValues[F] | undefined,
  b: FieldValues[F] | undefined,
): boolean {
  switch (field) {
    case 'tags':
    case 'contact_points':
      return sameList((a as string[] | undefined) ?? [], (b as string[] | undefined) ?? [])
    // A state, not an instant: the server stamps its own date on DELETE and may reformat ours.
    case 'archived':
    case 'deleted':
      return !a === !b
    case 'temporal_coverage': {
      const x = a as TemporalCoverage | null | undefined
      const y = b as TemporalCoverage | null | undefined
      if (!x || !y) return !x && !y
      return x.start === y.start && (x.end ?? null) === (y.end ?? null)
    }
    case 'acronym':
    case 'description_short':
    case 'spatial_granularity':
      return (a || null) === (b || null)
    default:
      return a === b
  }
}

/** The fields among `fields` whose values differ between `a` and `b`. */
export function differingFields(
  a: FieldValues,
  b: FieldValues,
  fields: readonly BulkField[],
): BulkField[] {
  return fields.filter((field) => !sameValue(field, a[field], b[field]))
}

/**
 * Turns target values into the changes `toDatasetPut` merges over the freshly read dataset.
 * `deleted` is not a PUT field except to restore, so it is handled by the runner.
 * Contact points go as ids; `toDatasetPut` turns an emptied list into the `null` udata needs.
 */
export function toPutChanges(fresh: DatasetSource, values: FieldValues): DatasetChanges {
  const changes: DatasetChanges = {}
  if (values.title !== undefined) changes.title = values.title
  if (values.acronym !== undefined) changes.acronym = values.acronym
  if (values.description !== undefined) changes.description = values.description
  if (values.description_short !== undefined) changes.description_short = values.description_short
  if (values.tags !== undefined) changes.tags = values.tags
  if (values.license !== undefined) changes.license = values.license
  if (values.frequency !== undefined) changes.frequency = values.frequency
  if (values.temporal_coverage !== undefined) changes.temporal_coverage = values.temporal_coverage
  if (values.spatial_granularity !== undefined) {
    const zones = (fresh.spatial?.zones ?? []).map((zone) => idOf(zone) ?? '').filter(Boolean)
    changes.spatial = { zones, granularity: values.spatial_granularity }
  }
  if (values.contact_points !== undefined) changes.contact_points = values.contact_points
  if (values.private !== undefined) changes.private = values.private
  if (values.archived !== undefined) changes.archived = values.archived
  return changes
}

/** Tags as udata will store them, so that "after" matches what the runner reads back. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(slugifyTag).filter(Boolean))].sort()
}
