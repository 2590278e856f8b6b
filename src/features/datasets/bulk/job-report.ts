import type { BulkField } from './fields'
import { formatValue, type ValueLabels } from './format'
import type { JobItem } from './job'
import type { BulkMessages } from './messages'

/** What became of one dataset, beyond its status: the conflict, skip reason, retry or error. */
export function itemDetail(item: JobItem, t: BulkMessages): string {
  if (item.status === 'conflict' && item.message)
    return t.conflictMessage(
      item.message
        .split(', ')
        .map((field) => t.fields[field as BulkField] ?? field)
        .join(', '),
    )
  if (item.status === 'skipped' && item.skip_reason) return t.skipReasons[item.skip_reason]
  if (item.status === 'pending' && item.message) return t.retrying(item.attempts, item.message)
  if (item.status === 'failed') return item.message ?? ''
  return ''
}

/** The job's CSV report: one row per dataset, with the values before and after. */
export function reportRows(
  items: readonly JobItem[],
  t: BulkMessages,
  labels: ValueLabels,
): string[][] {
  return [
    t.reportColumns,
    ...items.map((item) => [
      item.dataset_id,
      item.title,
      t.statuses[item.status],
      item.touched.map((field) => t.fields[field]).join(', '),
      item.touched.map((field) => formatValue(field, item.before, t, labels)).join(' | '),
      item.touched.map((field) => formatValue(field, item.after, t, labels)).join(' | '),
      itemDetail(item, t),
    ]),
  ]
}
