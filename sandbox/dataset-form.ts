// udata's DatasetForm (WTForms) semantics for POST and PUT /api/1/datasets/:
// absent keys keep their value EXCEPT `tags` (→ []) and `temporal_coverage` (→ null)
// (udata#2468), unknown license silently cleared, `private: null` → false,
// `contact_points: []` kept / `null` cleared, `resources` replaces the list.
import type { Ctx } from './context.ts'
import { HttpError, json, plain, tr } from './http.ts'
import {
  frequencyIds,
  granularityIds,
  legacyFrequencies,
  licenseIds,
  zoneIds,
} from './reference.ts'
import {
  ACCESS_TYPES,
  AUDIENCE_CONDITIONS,
  AUDIENCE_ROLES,
  REASON_CATEGORY_IDS,
} from './access-type.ts'
import { type ResourcePatch, resourceFromInput } from './resource-form.ts'
import { normalizeTags } from './tags.ts'
import type { AccessAudience, DatasetDoc, ResourceDoc, TemporalCoverage } from './types.ts'
import { dateOnly, hasOwn, isRecord, isoDate, parseDate } from './util.ts'

type Errors = Record<string, unknown>

const REQUIRED = 'This field is required.'
const EXTRAS_TYPE_ERROR =
  'Value should be an instance of: str, int, float, bool, datetime, date, list, dict'

/**
 * The access-type fields as DatasetForm reads them (choices checked by the form, WTForms shape);
 * the duplicate-audience and URL rules are the model's, checked at save by `cleanDataset`.
 */
function accessFields(
  body: Record<string, unknown>,
  changes: Partial<DatasetDoc>,
  errors: Errors,
  lang: Ctx['lang'],
): void {
  const has = (key: string) => hasOwn(body, key)
  const invalid = [tr(lang, 'Not a valid choice')]
  if (has('access_type')) {
    const value = body.access_type
    if (value === null || value === '') changes.access_type = 'open'
    else if (typeof value === 'string' && (ACCESS_TYPES as readonly string[]).includes(value))
      changes.access_type = value
    else errors.access_type = invalid
  }
  if (has('access_audiences')) {
    const value = body.access_audiences
    if (value === null) changes.access_audiences = []
    else if (!Array.isArray(value)) errors.access_audiences = ['Not a valid list']
    else {
      const itemErrors = value.map((item): Errors => {
        if (!isRecord(item)) return { role: invalid }
        const e: Errors = {}
        if (!(AUDIENCE_ROLES as readonly unknown[]).includes(item.role)) e.role = invalid
        if (!(AUDIENCE_CONDITIONS as readonly unknown[]).includes(item.condition))
          e.condition = invalid
        return e
      })
      if (itemErrors.some((e) => Object.keys(e).length > 0)) errors.access_audiences = itemErrors
      else
        changes.access_audiences = (value as AccessAudience[]).map(({ role, condition }) => ({
          role,
          condition,
        }))
    }
  }
  if (has('authorization_request_url')) {
    const value = body.authorization_request_url
    if (value === null || value === '') changes.authorization_request_url = null
    else if (typeof value === 'string') changes.authorization_request_url = value.trim()
    else errors.authorization_request_url = ['Not a valid string.']
  }
  if (has('access_type_reason_category')) {
    const value = body.access_type_reason_category
    if (value === null || value === '') changes.access_type_reason_category = null
    else if (typeof value === 'string' && REASON_CATEGORY_IDS.includes(value))
      changes.access_type_reason_category = value
    else errors.access_type_reason_category = invalid
  }
  if (has('access_type_reason')) {
    const value = body.access_type_reason
    if (value === null || value === '') changes.access_type_reason = null
    else if (typeof value === 'string') changes.access_type_reason = value
    else errors.access_type_reason = ['Not a valid string.']
  }
}

function refId(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (isRecord(value) && typeof value.id === 'string') return value.id
  return null
}

function parseDateValue(value: string): string | null {
  const ms = parseDate(value.trim())
  return ms === null ? null : dateOnly(ms)
}

export function parseTemporal(
  value: unknown,
): TemporalCoverage | null | 'error-type' | 'error-parse' {
  if (value === null || value === '') return null
  let start: unknown
  let end: unknown
  if (typeof value === 'string') {
    const parts = value.split(' - ')
    if (parts.length !== 2) return 'error-parse'
    ;[start, end] = parts
  } else if (isRecord(value)) {
    start = value.start
    end = value.end
  } else return 'error-type'
  if (typeof start !== 'string' || (end !== undefined && end !== null && typeof end !== 'string'))
    return 'error-type'
  const s = parseDateValue(start)
  const e = typeof end === 'string' && end !== '' ? parseDateValue(end) : null
  if (s === null || (typeof end === 'string' && end !== '' && e === null)) return 'error-parse'
  // udata swaps start and end when they are reversed
  if (e !== null && e < s) return { start: e, end: s }
  return { start: s, end: e }
}

export type DatasetFormResult = { changes: Partial<DatasetDoc>; resources: ResourceDoc[] | null }

export function validateDatasetForm(
  ctx: Ctx,
  body: Record<string, unknown>,
  existing: DatasetDoc | null,
): DatasetFormResult {
  const errors: Errors = {}
  const changes: Partial<DatasetDoc> = {}
  const lang = ctx.lang
  const has = (key: string) => hasOwn(body, key)

  const text = (key: 'title' | 'description', max: number) => {
    if (!has(key)) {
      if (!existing) errors[key] = [tr(lang, REQUIRED)]
      return
    }
    const value = body[key]
    if (typeof value !== 'string' || value.trim() === '') {
      errors[key] = [tr(lang, REQUIRED)]
      return
    }
    if (value.length > max) errors[key] = [`Field cannot be longer than ${max} characters.`]
    else changes[key] = value
  }
  text('title', 350)
  text('description', 100_000)

  const optionalText = (key: 'acronym' | 'description_short', max: number) => {
    if (!has(key)) return
    const value = body[key]
    if (value === null || value === '') changes[key] = null
    else if (typeof value !== 'string') errors[key] = ['Not a valid string.']
    else if (value.length > max) errors[key] = [`Field cannot be longer than ${max} characters.`]
    else changes[key] = value
  }
  optionalText('acronym', 128)
  optionalText('description_short', 200)

  // tags: an absent key resets the list (WTForms FieldList default) — the famous quirk
  const tags = normalizeTags(has('tags') ? body.tags : [])
  if (tags.errors.length > 0) errors.tags = tags.errors.map((m) => tr(lang, m))
  else changes.tags = tags.tags

  // temporal_coverage: absent → null (same quirk)
  const temporal = parseTemporal(has('temporal_coverage') ? body.temporal_coverage : null)
  if (temporal === 'error-type') errors.temporal_coverage = [tr(lang, 'Date must be a string')]
  else if (temporal === 'error-parse')
    errors.temporal_coverage = [tr(lang, 'Unable to parse date range')]
  else changes.temporal_coverage = temporal

  if (has('license')) {
    const id = refId(body.license)
    // an unknown or empty license id silently clears the license (no 400)
    changes.license = id !== null && licenseIds.has(id) ? id : null
  }

  if (has('frequency')) {
    const raw = refId(body.frequency)
    if (raw === null || raw === '') changes.frequency = 'unknown'
    else {
      const id = legacyFrequencies[raw] ?? raw
      // ValueError handler: plain {"message"} shape, not WTForms
      if (!frequencyIds.has(id)) throw plain(400, `'${raw}' is not a valid UpdateFrequency`)
      changes.frequency = id
    }
  }

  if (has('frequency_date')) {
    const value = body.frequency_date
    if (value === null || value === '') changes.frequency_date = null
    else if (typeof value === 'string' && parseDate(value) !== null)
      changes.frequency_date = isoDate(parseDate(value) as number)
    else errors.frequency_date = ['Not a valid datetime value.']
  }

  if (has('spatial')) {
    const value = body.spatial
    if (value === null) changes.spatial = null
    else if (!isRecord(value)) errors.spatial = { zones: ['Invalid spatial coverage'] }
    else {
      const spatialErrors: Errors = {}
      const zones = Array.isArray(value.zones)
        ? value.zones.map(refId).filter((z): z is string => z !== null)
        : []
      const unknown = zones.filter((z) => !zoneIds.has(z))
      if (unknown.length > 0) spatialErrors.zones = [`Unknown geoid(s): ${unknown.join(', ')}`]
      const granularity = refId(value.granularity) ?? 'other'
      if (!granularityIds.has(granularity))
        spatialErrors.granularity = [tr(lang, 'Not a valid choice')]
      if (Object.keys(spatialErrors).length > 0) errors.spatial = spatialErrors
      else changes.spatial = { zones, granularity, geom: null }
    }
  }

  if (has('private')) {
    const value = body.private
    // BooleanField: null / false-ish → false
    changes.private = value === true || value === 'true' || value === 'on'
  }

  if (has('archived')) {
    const value = body.archived
    if (value === null || value === '' || value === false) changes.archived = null
    else if (typeof value === 'string' && parseDate(value) !== null)
      changes.archived = isoDate(parseDate(value) as number)
    else errors.archived = ['Not a valid datetime value.']
  }

  if (has('deleted') && body.deleted === null) changes.deleted = null

  if (has('extras')) {
    const extras = body.extras
    if (isRecord(extras)) {
      // ExtrasField: nested dicts and lists are stored as sent, but a null value is refused
      const nulls = Object.keys(extras).filter((key) => extras[key] === null)
      if (nulls.length > 0)
        errors.extras = Object.fromEntries(nulls.map((key) => [key, EXTRAS_TYPE_ERROR]))
      else changes.extras = extras
    } else if (body.extras === null) changes.extras = {}
    else errors.extras = ['Wrong extras format']
  }

  accessFields(body, changes, errors, lang)

  // organization / owner
  const user = ctx.user
  const orgInput = has('organization') ? refId(body.organization) : null
  if (!existing) {
    if (orgInput) {
      const org = ctx.db.orgsById.get(orgInput)
      const role = user ? ctx.db.memberRole(orgInput, user.id) : null
      if (!org || (role === null && !user?.roles.includes('admin'))) {
        errors.organization = [tr(lang, 'Permission denied for this organization')]
      } else {
        changes.organization = org.id
        changes.owner = null
      }
    } else {
      const ownerInput = has('owner') ? refId(body.owner) : null
      if (ownerInput && ownerInput !== user?.id)
        errors.owner = ['You can only set yourself as owner']
      changes.organization = null
      changes.owner = user?.id ?? null
    }
  } else if (
    orgInput !== null &&
    orgInput !== existing.organization &&
    !user?.roles.includes('admin')
  ) {
    errors.organization = ['Cannot change owner after creation. Please use transfer feature.']
  } else if (
    has('owner') &&
    refId(body.owner) !== null &&
    refId(body.owner) !== existing.owner &&
    existing.organization === null
  ) {
    errors.owner = ['Cannot change owner after creation. Please use transfer feature.']
  }

  // contact_points: absent or [] → kept (known quirk), null → removed
  if (has('contact_points')) {
    const value = body.contact_points
    if (value === null) changes.contact_points = []
    else if (Array.isArray(value) && value.length > 0) {
      const ids = value.map(refId)
      const orgId = changes.organization ?? existing?.organization ?? null
      const ownerId = changes.owner ?? existing?.owner ?? null
      const ok = ids.every((id) => {
        const c = id ? ctx.db.contactsById.get(id) : undefined
        return c !== undefined && (orgId ? c.organization === orgId : c.owner === ownerId)
      })
      if (!ok)
        errors.contact_points = ['Wrong contact point id or contact point ownership mismatch']
      else changes.contact_points = ids as string[]
    }
  }

  // resources: when present, the whole list is replaced
  let resources: ResourceDoc[] | null = null
  if (has('resources')) {
    const value = body.resources
    if (!Array.isArray(value)) errors.resources = ['Not a valid list']
    else {
      const current = existing ? ctx.db.resources(existing) : []
      const resourceErrors: unknown[] = []
      let failed = false
      resources = value.map((item) => {
        const patch: ResourcePatch = resourceFromInput(ctx, item, current)
        resourceErrors.push(patch.errors ?? {})
        if (patch.errors) failed = true
        return patch.resource
      })
      if (failed) errors.resources = resourceErrors
    }
  }

  if (Object.keys(errors).length > 0) throw new HttpError(json({ errors }, 400))
  return { changes, resources }
}
