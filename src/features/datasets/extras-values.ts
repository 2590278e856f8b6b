/**
 * A dataset's extras as editable rows, and the writes that turn the loaded rows into the edited
 * ones. udata accepts `str, int, float, bool, datetime, date, list, dict` values and does not look
 * inside lists and dicts (udata-api-admin.md §6.2): scalars are edited as such, lists and dicts
 * as JSON, so a nested value is never flattened. The writes go through the v2 extras endpoint
 * (merge for set keys, DELETE for removed ones), never the v1 PUT, whose `extras` would replace
 * the whole dict and drop system keys (`dcat`, `recommendations`…).
 */

export type ExtraKind = 'text' | 'number' | 'boolean' | 'json'

/** `value` as typed: a number's digits, `"true"`/`"false"`, a JSON text. */
export type ExtraRow = { key: string; kind: ExtraKind; value: string }

export function extraRow(key: string, value: unknown): ExtraRow {
  if (typeof value === 'string') return { key, kind: 'text', value }
  if (typeof value === 'number') return { key, kind: 'number', value: String(value) }
  if (typeof value === 'boolean') return { key, kind: 'boolean', value: String(value) }
  return { key, kind: 'json', value: JSON.stringify(value, null, 2) }
}

export function toExtraRows(extras: Record<string, unknown> | undefined): ExtraRow[] {
  return Object.keys(extras ?? {})
    .sort()
    .map((key) => extraRow(key, extras?.[key]))
}

export type ExtraProblem = 'number' | 'json' | 'null'

/** The API value of a row, or what is wrong with it. */
export function extraValue(row: ExtraRow): { value: unknown } | { problem: ExtraProblem } {
  switch (row.kind) {
    case 'text':
      return { value: row.value }
    case 'boolean':
      return { value: row.value === 'true' }
    case 'number': {
      const number = Number(row.value.trim().replace(',', '.'))
      return row.value.trim() === '' || !Number.isFinite(number)
        ? { problem: 'number' }
        : { value: number }
    }
    case 'json':
      try {
        const value: unknown = JSON.parse(row.value)
        // null would delete the key on the v2 endpoint (and udata refuses it on v1)
        return value === null ? { problem: 'null' } : { value }
      } catch {
        return { problem: 'json' }
      }
  }
}

function valueKey(row: ExtraRow): string {
  const parsed = extraValue(row)
  return 'value' in parsed ? JSON.stringify(parsed.value) : `${row.kind}:${row.value}`
}

/** Same keys with the same values (the order of rows and JSON spacing do not count). */
export function sameExtras(a: readonly ExtraRow[], b: readonly ExtraRow[]): boolean {
  const text = (rows: readonly ExtraRow[]) =>
    rows
      .map((row) => `${row.key.trim()}\n${valueKey(row)}`)
      .sort()
      .join('\n\n')
  return text(a) === text(b)
}

export type ExtrasWrites = { put: Record<string, unknown>; remove: string[] }

/** Keys added or changed go in one merge PUT; keys the user removed in one DELETE. */
export function extrasWrites(loaded: readonly ExtraRow[], mine: readonly ExtraRow[]): ExtrasWrites {
  const before = new Map(loaded.map((row) => [row.key.trim(), valueKey(row)]))
  const put: Record<string, unknown> = {}
  const kept = new Set<string>()
  for (const row of mine) {
    const key = row.key.trim()
    kept.add(key)
    const parsed = extraValue(row)
    if ('value' in parsed && before.get(key) !== valueKey(row)) put[key] = parsed.value
  }
  const remove = [...before.keys()].filter((key) => !kept.has(key))
  return { put, remove }
}

export function hasExtrasWrites(writes: ExtrasWrites): boolean {
  return Object.keys(writes.put).length > 0 || writes.remove.length > 0
}

/** An organization's custom metadata definition (`extras.custom[]`, udata-api-admin.md §2). */
export type CustomMetadata = {
  title: string
  description?: string
  type: 'str' | 'int' | 'float' | 'bool' | 'datetime' | 'date' | 'choice'
  choices?: string[]
}

export function customDefinitions(extras: Record<string, unknown> | undefined): CustomMetadata[] {
  const custom = extras?.custom
  if (!Array.isArray(custom)) return []
  return custom.filter(
    (item): item is CustomMetadata =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { title?: unknown }).title === 'string' &&
      typeof (item as { type?: unknown }).type === 'string',
  )
}

/** The row a custom metadata starts as: the kind its type needs. */
export function customRow(definition: CustomMetadata): ExtraRow {
  const key = `custom:${definition.title}`
  switch (definition.type) {
    case 'int':
    case 'float':
      return { key, kind: 'number', value: '' }
    case 'bool':
      return { key, kind: 'boolean', value: 'false' }
    default:
      return { key, kind: 'text', value: definition.choices?.[0] ?? '' }
  }
}
