/**
 * What one imported cell says. A blank cell leaves the field as it is (a spreadsheet shows no
 * difference between "empty" and "not filled in", so blank can never mean "clear" or `false`).
 * Clearing a field takes an explicit token, accepted whatever the console's language and in
 * any case: `(vide)` or `(empty)`.
 */
const clearTokens = ['(vide)', '(empty)'] as const

/** `text` is trimmed, for ids, labels, dates and booleans; `raw` is the cell as written, for
 * free text, so that an export reads back exactly. */
export type CellIntent =
  { kind: 'blank' } | { kind: 'clear' } | { kind: 'value'; text: string; raw: string }

export function cellIntent(raw: string): CellIntent {
  const text = raw.trim()
  if (!text) return { kind: 'blank' }
  if ((clearTokens as readonly string[]).includes(text.toLowerCase())) return { kind: 'clear' }
  return { kind: 'value', text, raw }
}

/** Both languages' words, and what French Excel writes for a boolean cell (VRAI / FAUX). */
export function parseBoolean(text: string): boolean | undefined {
  const normalised = text.toLowerCase()
  if (['true', 'vrai', 'oui', 'yes', '1'].includes(normalised)) return true
  if (['false', 'faux', 'non', 'no', '0'].includes(normalised)) return false
  return undefined
}
