import type { BulkField, FieldValues } from './fields'
import type { BulkMessages } from './messages'
import type { Operation } from './operations'

/** Labels for ids, when the reference lists are loaded; ids are shown otherwise. */
export type ValueLabels = {
  licenses?: ReadonlyMap<string, string>
  frequencies?: ReadonlyMap<string, string>
  granularities?: ReadonlyMap<string, string>
  contacts?: ReadonlyMap<string, string>
}

const maxText = 140

function shorten(text: string): string {
  return text.length > maxText ? `${text.slice(0, maxText - 1)}…` : text
}

export function formatValue(
  field: BulkField,
  values: FieldValues,
  t: BulkMessages,
  labels: ValueLabels = {},
): string {
  const value = values[field]
  switch (field) {
    case 'tags':
      return values.tags && values.tags.length > 0 ? values.tags.join(', ') : t.none
    case 'contact_points':
      return values.contact_points && values.contact_points.length > 0
        ? values.contact_points.map((id) => labels.contacts?.get(id) ?? id).join(', ')
        : t.none
    case 'license':
      return values.license ? (labels.licenses?.get(values.license) ?? values.license) : t.empty
    case 'frequency':
      return values.frequency
        ? (labels.frequencies?.get(values.frequency) ?? values.frequency)
        : t.empty
    case 'spatial_granularity':
      return values.spatial_granularity
        ? (labels.granularities?.get(values.spatial_granularity) ?? values.spatial_granularity)
        : t.empty
    case 'temporal_coverage': {
      const coverage = values.temporal_coverage
      return coverage ? `${coverage.start} → ${coverage.end ?? '…'}` : t.empty
    }
    case 'private':
    case 'archived':
    case 'deleted':
      return value ? t.yes : t.no
    default:
      return typeof value === 'string' && value.trim() ? shorten(value) : t.empty
  }
}

/** "Add tags: bus, transport" — what a job did, in a line. */
export function describeOperation(operation: Operation, t: BulkMessages): string {
  const label = t.operations[operation.kind]
  switch (operation.kind) {
    case 'add-tags':
    case 'remove-tags':
      return `${label}${t.colon}${operation.tags.join(', ')}`
    case 'replace-tag':
      return `${label}${t.colon}${operation.from} → ${operation.to}`
    case 'set-license':
      return `${label}${t.colon}${operation.license}`
    case 'set-frequency':
      return `${label}${t.colon}${operation.frequency}`
    case 'set-spatial-granularity':
      return `${label}${t.colon}${operation.granularity}`
    case 'set-temporal-coverage': {
      const coverage = operation.temporal_coverage
      return `${label}${t.colon}${coverage ? `${coverage.start} → ${coverage.end ?? '…'}` : t.empty}`
    }
    case 'set-private':
      return operation.private ? t.makeDraft : t.publish
    case 'set-archived':
      return operation.archived ? t.archive : t.unarchive
    case 'find-replace':
      return `${label}${t.colon}« ${operation.find} » → « ${operation.replace} »`
    case 'import':
      return `${label}${t.colon}${operation.file_name}`
    default:
      return label
  }
}
