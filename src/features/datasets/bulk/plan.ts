import { checkTag } from '@/api/tags'
import {
  differingFields,
  readFields,
  type BulkField,
  type DatasetSource,
  type FieldValues,
} from './fields'
import { applyOperation, type Operation } from './operations'

/**
 * - `harvested`: the next harvest run overwrites the edit (udata-api.md §11.16);
 * - `no-permission`: the caller may not edit (or delete) it; it is skipped, the API would say 403;
 * - `invalid`: the result breaks a server rule (empty title, tag too short…); it is skipped.
 */
export type PlanWarning = 'harvested' | 'no-permission' | 'invalid'

export type PlanItem = {
  dataset_id: string
  title: string
  /** Only the fields that really change, so unchanged fields never raise a conflict. */
  touched: BulkField[]
  before: FieldValues
  after: FieldValues
  warnings: PlanWarning[]
  /** Why `invalid`, in the API's terms (e.g. the field name). */
  invalid_fields?: BulkField[]
}

export type Plan = {
  operation: Operation
  /** Items that change and will be written (unless skipped by a warning). */
  changed: PlanItem[]
  /** Items the operation leaves as they are: listed apart, never written. */
  unchanged: PlanItem[]
}

function invalidFields(after: FieldValues): BulkField[] {
  const invalid: BulkField[] = []
  if (after.title !== undefined && !after.title.trim()) invalid.push('title')
  if (after.description !== undefined && !after.description.trim()) invalid.push('description')
  if (after.title !== undefined && after.title.length > 350) invalid.push('title')
  if (after.description_short && after.description_short.length > 200)
    invalid.push('description_short')
  if (after.acronym && after.acronym.length > 128) invalid.push('acronym')
  if (after.tags?.some((tag) => checkTag(tag).problem !== null)) invalid.push('tags')
  return invalid
}

export function planItem(operation: Operation, dataset: DatasetSource, now?: string): PlanItem {
  const result = applyOperation(operation, dataset, now)
  const before = readFields(dataset, result.touched)
  const touched = differingFields(before, result.after, result.touched)
  const keep = (values: FieldValues): FieldValues =>
    Object.fromEntries(touched.map((field) => [field, values[field]]))
  const warnings: PlanWarning[] = []
  if (dataset.harvest) warnings.push('harvested')
  const permission =
    operation.kind === 'delete' ? dataset.permissions?.delete : dataset.permissions?.edit
  // Older instances omit `permissions`: only an explicit false is a refusal.
  if (permission === false) warnings.push('no-permission')
  const invalid = invalidFields(keep(result.after))
  if (invalid.length > 0) warnings.push('invalid')
  return {
    dataset_id: dataset.id,
    title: dataset.title,
    touched,
    before: keep(before),
    after: keep(result.after),
    warnings,
    ...(invalid.length > 0 ? { invalid_fields: invalid } : {}),
  }
}

/** The preview: what each dataset becomes, computed before anything is written. */
export function buildPlan(
  operation: Operation,
  datasets: readonly DatasetSource[],
  now: string = new Date().toISOString(),
): Plan {
  const changed: PlanItem[] = []
  const unchanged: PlanItem[] = []
  const seen = new Set<string>()
  for (const dataset of datasets) {
    // Paging on a sort with ties can hand the same dataset twice: it is planned once.
    if (seen.has(dataset.id)) continue
    seen.add(dataset.id)
    const item = planItem(operation, dataset, now)
    ;(item.touched.length > 0 ? changed : unchanged).push(item)
  }
  return { operation, changed, unchanged }
}

/** Items that the runner skips outright. Harvested ones are only skipped on request. */
export function isSkipped(item: PlanItem, options: { skipHarvested: boolean }): boolean {
  return (
    item.warnings.includes('no-permission') ||
    item.warnings.includes('invalid') ||
    (options.skipHarvested && item.warnings.includes('harvested'))
  )
}

export function countWarnings(plan: Plan): Record<PlanWarning, number> {
  const counts: Record<PlanWarning, number> = { harvested: 0, 'no-permission': 0, invalid: 0 }
  for (const item of plan.changed) for (const warning of item.warnings) counts[warning] += 1
  return counts
}
