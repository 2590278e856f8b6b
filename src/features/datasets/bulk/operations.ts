import type { TemporalCoverage } from '@/features/datasets/types'
import { slugifyTag } from '@/api/tags'
import {
  normaliseTags,
  readFields,
  type BulkField,
  type DatasetSource,
  type FieldValues,
} from './fields'

/** What the user asked for. Plain data, so a job can be journaled and described later. */
export type Operation =
  | { kind: 'add-tags'; tags: string[] }
  | { kind: 'remove-tags'; tags: string[] }
  | { kind: 'replace-tag'; from: string; to: string }
  | { kind: 'set-license'; license: string }
  | { kind: 'set-frequency'; frequency: string }
  | { kind: 'set-temporal-coverage'; temporal_coverage: TemporalCoverage | null }
  | { kind: 'set-spatial-granularity'; granularity: string }
  | { kind: 'set-contact-point'; contact_point: string | null }
  | { kind: 'set-private'; private: boolean }
  | { kind: 'set-archived'; archived: boolean }
  | { kind: 'delete' }
  | { kind: 'restore' }
  | {
      kind: 'find-replace'
      find: string
      replace: string
      fields: Array<'title' | 'description'>
    }
  /** Values per dataset id from a spreadsheet (csv.ts); only the fields present are touched. */
  | { kind: 'import'; rows: Record<string, FieldValues>; file_name: string }
  /** Undo of another job (revert.ts): per dataset, the values to restore. */
  | { kind: 'revert'; job_id: string; rows: Record<string, FieldValues> }

export type OperationKind = Operation['kind']

/** What an operation does to one dataset: the fields it touches and their target values. */
export type OperationResult = { touched: BulkField[]; after: FieldValues }

function fieldsTouched(operation: Operation): BulkField[] {
  switch (operation.kind) {
    case 'add-tags':
    case 'remove-tags':
    case 'replace-tag':
      return ['tags']
    case 'set-license':
      return ['license']
    case 'set-frequency':
      return ['frequency']
    case 'set-temporal-coverage':
      return ['temporal_coverage']
    case 'set-spatial-granularity':
      return ['spatial_granularity']
    case 'set-contact-point':
      return ['contact_points']
    case 'set-private':
      return ['private']
    case 'set-archived':
      return ['archived']
    case 'delete':
    case 'restore':
      return ['deleted']
    case 'find-replace':
      return [...operation.fields]
    case 'import':
    case 'revert':
      return []
  }
}

function replaceAll(text: string, find: string, replace: string): string {
  return find ? text.split(find).join(replace) : text
}

/**
 * Applies the operation to one dataset, purely: which fields it touches and their new values.
 * `now` stamps archive dates so that a plan is reproducible in tests.
 */
export function applyOperation(
  operation: Operation,
  dataset: DatasetSource,
  now: string = new Date().toISOString(),
): OperationResult {
  if (operation.kind === 'import' || operation.kind === 'revert') {
    const after = operation.rows[dataset.id] ?? {}
    return { touched: Object.keys(after) as BulkField[], after }
  }
  const touched = fieldsTouched(operation)
  const before = readFields(dataset, touched)
  const tags = before.tags ?? []
  switch (operation.kind) {
    case 'add-tags':
      return { touched, after: { tags: normaliseTags([...tags, ...operation.tags]) } }
    case 'remove-tags': {
      const removed = new Set(operation.tags.map(slugifyTag))
      return { touched, after: { tags: tags.filter((tag) => !removed.has(tag)) } }
    }
    case 'replace-tag': {
      const from = slugifyTag(operation.from)
      if (!tags.includes(from)) return { touched, after: { tags } }
      return {
        touched,
        after: { tags: normaliseTags([...tags.filter((tag) => tag !== from), operation.to]) },
      }
    }
    case 'set-license':
      return { touched, after: { license: operation.license } }
    case 'set-frequency':
      return { touched, after: { frequency: operation.frequency } }
    case 'set-temporal-coverage':
      return { touched, after: { temporal_coverage: operation.temporal_coverage } }
    case 'set-spatial-granularity':
      return { touched, after: { spatial_granularity: operation.granularity } }
    case 'set-contact-point':
      return {
        touched,
        after: { contact_points: operation.contact_point ? [operation.contact_point] : [] },
      }
    case 'set-private':
      return { touched, after: { private: operation.private } }
    case 'set-archived':
      // Keep the existing date of an already archived dataset: it stays unchanged.
      return {
        touched,
        after: { archived: operation.archived ? (before.archived ?? now) : null },
      }
    case 'delete':
      return { touched, after: { deleted: before.deleted ?? now } }
    case 'restore':
      return { touched, after: { deleted: null } }
    case 'find-replace': {
      const after: FieldValues = {}
      if (operation.fields.includes('title'))
        after.title = replaceAll(dataset.title, operation.find, operation.replace)
      if (operation.fields.includes('description'))
        after.description = replaceAll(dataset.description, operation.find, operation.replace)
      return { touched, after }
    }
  }
}
