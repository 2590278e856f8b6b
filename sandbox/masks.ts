// flask-restx field masks (X-Fields header): `a,b{c,d{e}},*`.
// Responses are marshalled with models in udata, so unknown fields in a mask are skipped.
import { isSerialized, plain, serialized } from './http.ts'
import { isRecord } from './util.ts'

export type Mask = Map<string, Mask | true>

function parseMask(source: string): Mask {
  const text = source.trim().replace(/^\{(.*)\}$/s, '$1')
  const root: Mask = new Map()
  const stack: Mask[] = [root]
  let token = ''
  let previous: string | null = null
  const flush = () => {
    const name = token.trim()
    token = ''
    if (!name) return
    const current = stack[stack.length - 1] as Mask
    current.set(name, true)
    previous = name
  }
  for (const char of text) {
    if (char === ',') {
      flush()
    } else if (char === '{') {
      flush()
      const current = stack[stack.length - 1] as Mask
      if (previous === null || current.get(previous) !== true) {
        throw plain(400, 'Mask parse error: Unexpected opening bracket')
      }
      const nested: Mask = new Map()
      current.set(previous, nested)
      stack.push(nested)
      previous = null
    } else if (char === '}') {
      flush()
      if (stack.length === 1) throw plain(400, 'Mask parse error: Unexpected closing bracket')
      stack.pop()
      previous = null
    } else if (/\s/.test(char)) {
      continue
    } else {
      token += char
    }
  }
  flush()
  if (stack.length !== 1) throw plain(400, 'Mask parse error: Missing closing bracket')
  return root
}

/** The masks of the X-Fields headers seen, parsed once: a client sends the same few. */
const parsedMasks = new Map<string, Mask>()

export function maskOf(header: string): Mask {
  let mask = parsedMasks.get(header)
  if (!mask) {
    mask = parseMask(header)
    // a bound, should a client make up a new mask per request
    if (parsedMasks.size >= 100) parsedMasks.clear()
    parsedMasks.set(header, mask)
  }
  return mask
}

/** A kept value (see `serialized`) masked once per mask, while the value is kept. */
const maskedKept = new WeakMap<object, WeakMap<Mask, unknown>>()

export function applyMask(data: unknown, mask: Mask): unknown {
  if (Array.isArray(data)) return data.map((item) => applyMask(item, mask))
  if (!isRecord(data)) return data
  if (!isSerialized(data)) return maskRecord(data, mask)
  let byMask = maskedKept.get(data)
  if (!byMask) {
    byMask = new WeakMap()
    maskedKept.set(data, byMask)
  }
  if (!byMask.has(mask)) byMask.set(mask, serialized(maskRecord(data, mask)))
  return byMask.get(mask)
}

function maskRecord(data: Record<string, unknown>, mask: Mask): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [field, content] of mask) {
    if (field === '*') continue
    if (!(field in data)) continue
    const value = data[field]
    out[field] = content === true || value === null ? value : applyMask(value, content)
  }
  if (mask.has('*')) {
    for (const [key, value] of Object.entries(data)) if (!(key in out)) out[key] = value
  }
  return out
}
