// The organization profile's partial update (udata api-fields `patch_and_save`, udata-api-admin.md
// §2): only the keys present are applied, read-only and unknown keys are ignored, blank strings
// count as absent values, and the model's validation runs at save.
import { HttpError, json } from './http.ts'
import { urlError } from './resource-form.ts'
import type { OrgDoc } from './types.ts'
import { hasOwn, isRecord } from './util.ts'

/** La Poste's SIRET fails the Luhn check and udata whitelists it. */
const LA_POSTE_SIRET = '35600000000048'
const CUSTOM_TYPES = ['str', 'int', 'float', 'bool', 'datetime', 'date', 'choice']

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** udata's `ORG_BID_FORMAT = "siret"` check, in its order of messages. */
export function siretError(value: string): string | null {
  if (value === LA_POSTE_SIRET) return null
  if (value.length !== 14) return 'A siret number is made of 14 digits'
  if (!/^\d+$/.test(value)) return 'A siret number is only made of digits'
  if (!luhn(value.slice(0, 9))) return 'Invalid Siret number'
  return null
}

/** `OrganizationExtrasField`: `extras.custom` is a list of metadata definitions. */
export function extrasError(extras: Record<string, unknown>): string | null {
  const custom = extras.custom
  if (custom === undefined) return null
  if (!Array.isArray(custom)) return 'Custom metadatas must be a list of dict'
  for (const item of custom) {
    if (!isRecord(item)) return 'Custom metadatas must be a list of dict'
    if (!['title', 'description', 'type'].every((k) => hasOwn(item, k)))
      return 'The dict should contain title, description and type'
    if (typeof item.type !== 'string' || !CUSTOM_TYPES.includes(item.type))
      return `Type must be one of ${CUSTOM_TYPES.join(', ')}`
    const choices = item.choices
    if (item.type === 'choice') {
      if (!Array.isArray(choices) || choices.length === 0)
        return 'Choices must be a non-empty list when type is choice'
    } else if (choices !== undefined) return 'Choices are only allowed with the choice type'
  }
  return null
}

export function fieldErrors(errors: Record<string, string>, message: string): HttpError {
  return new HttpError(json({ errors, message }, 400))
}

/** The changes a PUT body makes to `org`, or a 400 in udata's shape. */
export function organizationPatch(org: OrgDoc, body: Record<string, unknown>): Partial<OrgDoc> {
  const changes: Partial<OrgDoc> = {}
  const errors: Record<string, string> = {}
  const required: string[] = []
  const text = (key: 'name' | 'description' | 'acronym' | 'url' | 'business_number_id') => {
    if (!hasOwn(body, key)) return undefined
    const value = body[key]
    if (value === null || value === '') return null
    if (typeof value !== 'string') {
      errors[key] = 'Not a string'
      return undefined
    }
    return value
  }
  for (const key of ['name', 'description'] as const) {
    const value = text(key)
    if (value === null) required.push(key)
    else if (value !== undefined) changes[key] = value
  }
  const acronym = text('acronym')
  if (acronym !== undefined) {
    if (acronym && acronym.length > 128) errors.acronym = 'String value is too long'
    else changes.acronym = acronym
  }
  const url = text('url')
  if (url !== undefined) {
    const problem = url ? urlError(url) : null
    if (problem) errors.url = problem
    else changes.url = url
  }
  const bid = text('business_number_id')
  if (bid !== undefined) {
    // The format is checked only when the value changes (seeded numbers may predate the rule).
    const problem =
      bid && bid !== org.business_number_id
        ? bid.length > 14
          ? 'String value is too long'
          : siretError(bid)
        : null
    if (problem) errors.business_number_id = problem
    else changes.business_number_id = bid
  }
  if (hasOwn(body, 'extras')) {
    const extras = body.extras ?? {}
    if (!isRecord(extras)) errors.extras = 'Extras must be a dict'
    else {
      const problem = extrasError(extras)
      if (problem) errors.extras = problem
      else changes.extras = extras
    }
  }
  for (const key of required) errors[key] = 'Field is required'
  const keys = Object.keys(errors)
  if (keys.length > 0) {
    // A missing required value fails at save (MongoEngine's long message); the rest as FVE.
    const message =
      required.length > 0
        ? `ValidationError (Organization:${org.id}) (Field is required: [${required.map((k) => `'${k}'`).join(', ')}])`
        : (errors[keys[0] ?? ''] ?? 'Validation error')
    throw fieldErrors(errors, message)
  }
  return changes
}
