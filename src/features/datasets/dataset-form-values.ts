import { idOf } from '@/api/refs'
import { z } from 'zod'
import type { DatasetChanges } from './dataset-payload'
import { checkTag } from '@/api/tags'
import { changedFields } from '@/ui/field-conflicts'
import { extraValue, sameExtras, toExtraRows } from './extras-values'
import { audienceRoles, type AccessAudience, type DatasetBase, type NewDataset } from './types'

/** Messages the schema needs, so French and English users get their own. */
export type FormValidationMessages = {
  required: string
  tooLong: (max: number) => string
  invalidDate: string
  endBeforeStart: string
  startRequired: string
  tagTooShort: string
  tagTooLong: string
  invalidUrl: string
  extraKeyRequired: string
  extraKeyTaken: string
  extraNumber: string
  extraJson: string
  extraNull: string
}

/** One select per audience role; `''` = no condition stated for it. */
export type AudienceConditions = Record<AccessAudience['role'], AccessAudience['condition'] | ''>

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** udata's own limits (udata-api.md §5.1, §7), so most refusals are caught before a request. */
export function datasetFormSchema(m: FormValidationMessages) {
  const date = z
    .string()
    .refine(
      (value) => value === '' || (isoDate.test(value) && !Number.isNaN(Date.parse(value))),
      m.invalidDate,
    )
  return z
    .object({
      title: z.string().trim().min(1, m.required).max(350, m.tooLong(350)),
      acronym: z.string().trim().max(128, m.tooLong(128)),
      description: z.string().trim().min(1, m.required).max(100_000, m.tooLong(100_000)),
      description_short: z.string().trim().max(200, m.tooLong(200)),
      tags: z.array(z.string()).superRefine((tags, context) => {
        for (const tag of tags) {
          const { problem } = checkTag(tag)
          if (problem)
            context.addIssue({
              code: 'custom',
              message: problem === 'too-short' ? m.tagTooShort : m.tagTooLong,
            })
        }
      }),
      license: z.string(),
      frequency: z.string(),
      frequency_date: date,
      temporal_start: date,
      temporal_end: date,
      zones: z.array(z.object({ id: z.string(), name: z.string() })),
      granularity: z.string(),
      contact_points: z.array(z.string()),
      private: z.boolean(),
      access_type: z.enum(['open', 'open_with_account', 'restricted']),
      access_audiences: z.record(
        z.enum(audienceRoles),
        z.enum(['', 'yes', 'no', 'under_condition']),
      ),
      authorization_request_url: z
        .string()
        .trim()
        .refine((value) => value === '' || isHttpUrl(value), m.invalidUrl),
      access_type_reason_category: z.string(),
      access_type_reason: z.string(),
      extras: z
        .array(
          z.object({
            key: z.string(),
            kind: z.enum(['text', 'number', 'boolean', 'json']),
            value: z.string(),
          }),
        )
        .superRefine((rows, context) => {
          const seen = new Set<string>()
          rows.forEach((row, index) => {
            const key = row.key.trim()
            if (!key)
              context.addIssue({
                code: 'custom',
                path: [index, 'key'],
                message: m.extraKeyRequired,
              })
            else if (seen.has(key))
              context.addIssue({ code: 'custom', path: [index, 'key'], message: m.extraKeyTaken })
            seen.add(key)
            const parsed = extraValue(row)
            if ('problem' in parsed)
              context.addIssue({
                code: 'custom',
                path: [index, 'value'],
                message:
                  parsed.problem === 'number'
                    ? m.extraNumber
                    : parsed.problem === 'null'
                      ? m.extraNull
                      : m.extraJson,
              })
          })
        }),
    })
    .superRefine((values, context) => {
      if (values.temporal_end && !values.temporal_start)
        context.addIssue({ code: 'custom', path: ['temporal_start'], message: m.startRequired })
      if (
        values.temporal_start &&
        values.temporal_end &&
        values.temporal_end < values.temporal_start
      )
        context.addIssue({ code: 'custom', path: ['temporal_end'], message: m.endBeforeStart })
    })
}

export type DatasetFormValues = z.infer<ReturnType<typeof datasetFormSchema>>
export type DatasetFormField = keyof DatasetFormValues

/** Form fields in display order (also the order of the conflict view). */
export const datasetFormFields = [
  'title',
  'acronym',
  'description_short',
  'description',
  'tags',
  'license',
  'frequency',
  'frequency_date',
  'temporal_start',
  'temporal_end',
  'zones',
  'granularity',
  'contact_points',
  'private',
  'access_type',
  'access_audiences',
  'authorization_request_url',
  'access_type_reason_category',
  'access_type_reason',
  'extras',
] as const satisfies readonly DatasetFormField[]

export const emptyFormValues: DatasetFormValues = {
  title: '',
  acronym: '',
  description: '',
  description_short: '',
  tags: [],
  license: 'notspecified',
  frequency: 'unknown',
  frequency_date: '',
  temporal_start: '',
  temporal_end: '',
  zones: [],
  granularity: '',
  contact_points: [],
  private: true,
  access_type: 'open',
  access_audiences: noAudiences(),
  authorization_request_url: '',
  access_type_reason_category: '',
  access_type_reason: '',
  extras: [],
}

function noAudiences(): AudienceConditions {
  return {
    local_authority_and_administration: '',
    company_and_association: '',
    private: '',
  }
}

function toAudienceConditions(audiences: AccessAudience[] | undefined): AudienceConditions {
  const conditions = noAudiences()
  for (const audience of audiences ?? [])
    if (audience.role in conditions) conditions[audience.role] = audience.condition
  return conditions
}

/** The API list, in udata's role order; roles without a condition are left out. */
function toAudiences(conditions: AudienceConditions): AccessAudience[] {
  return audienceRoles.flatMap((role) => {
    const condition = conditions[role]
    return condition ? [{ role, condition }] : []
  })
}

/** A v1 or v2 dataset (ids or full objects) as form values. */
export function toFormValues(dataset: DatasetBase): DatasetFormValues {
  return {
    title: dataset.title,
    acronym: dataset.acronym ?? '',
    description: dataset.description,
    description_short: dataset.description_short ?? '',
    tags: [...dataset.tags],
    license: idOf(dataset.license) || 'notspecified',
    frequency: idOf(dataset.frequency) || 'unknown',
    frequency_date: dataset.frequency_date?.slice(0, 10) ?? '',
    temporal_start: dataset.temporal_coverage?.start?.slice(0, 10) ?? '',
    temporal_end: dataset.temporal_coverage?.end?.slice(0, 10) ?? '',
    zones: (dataset.spatial?.zones ?? []).map((zone) =>
      typeof zone === 'string' ? { id: zone, name: zone } : { id: zone.id, name: zone.name },
    ),
    granularity: idOf(dataset.spatial?.granularity) ?? '',
    contact_points: (dataset.contact_points ?? []).map((contact) => contact.id).sort(),
    private: dataset.private,
    access_type: dataset.access_type ?? 'open',
    access_audiences: toAudienceConditions(dataset.access_audiences),
    authorization_request_url: dataset.authorization_request_url ?? '',
    access_type_reason_category: dataset.access_type_reason_category ?? '',
    access_type_reason: dataset.access_type_reason ?? '',
    extras: toExtraRows(dataset.extras),
  }
}

/** Compares values the way the user sees them (zones by id, lists as sets where order is moot). */
export function sameFieldValue(
  field: DatasetFormField,
  a: DatasetFormValues,
  b: DatasetFormValues,
) {
  const x = a[field]
  const y = b[field]
  if (field === 'zones')
    return a.zones.map((zone) => zone.id).join('\n') === b.zones.map((zone) => zone.id).join('\n')
  if (field === 'extras') return sameExtras(a.extras, b.extras)
  if (field === 'access_audiences')
    return (
      JSON.stringify(toAudiences(a.access_audiences)) ===
      JSON.stringify(toAudiences(b.access_audiences))
    )
  if (field === 'tags' || field === 'contact_points')
    return [...(x as string[])].sort().join('\n') === [...(y as string[])].sort().join('\n')
  if (typeof x === 'string' && typeof y === 'string') return x.trim() === y.trim()
  return x === y
}

const nullIfBlank = (value: string) => (value.trim() === '' ? null : value.trim())

/**
 * The API changes for the fields that differ from `loaded`. Only touched fields go in, so a
 * date the server wrote as a datetime is not rewritten when the user did not change it.
 */
export function toDatasetChanges(
  values: DatasetFormValues,
  loaded: DatasetFormValues,
): DatasetChanges {
  const changes: DatasetChanges = {}
  const changed = new Set(changedFields(datasetFormFields, sameFieldValue, loaded, values))
  if (changed.has('title')) changes.title = values.title.trim()
  if (changed.has('acronym')) changes.acronym = nullIfBlank(values.acronym)
  if (changed.has('description')) changes.description = values.description.trim()
  if (changed.has('description_short'))
    changes.description_short = nullIfBlank(values.description_short)
  if (changed.has('tags')) changes.tags = [...values.tags]
  if (changed.has('license')) changes.license = values.license
  if (changed.has('frequency')) changes.frequency = values.frequency
  if (changed.has('frequency_date'))
    changes.frequency_date = values.frequency_date
      ? `${values.frequency_date}T00:00:00+00:00`
      : null
  if (changed.has('temporal_start') || changed.has('temporal_end'))
    changes.temporal_coverage = values.temporal_start
      ? { start: values.temporal_start, end: values.temporal_end || null }
      : null
  if (changed.has('zones') || changed.has('granularity'))
    changes.spatial =
      values.zones.length > 0 || values.granularity
        ? { zones: values.zones.map((zone) => zone.id), granularity: values.granularity || null }
        : null
  if (changed.has('contact_points')) changes.contact_points = [...values.contact_points]
  if (changed.has('private')) changes.private = values.private
  if (changed.has('access_type')) changes.access_type = values.access_type
  // udata clears the licence of a dataset whose access is not open: sending none says so
  if (values.access_type !== 'open' && values.license !== 'notspecified')
    changes.license = 'notspecified'
  if (changed.has('access_audiences'))
    changes.access_audiences = toAudiences(values.access_audiences)
  if (changed.has('authorization_request_url'))
    changes.authorization_request_url = nullIfBlank(values.authorization_request_url)
  if (changed.has('access_type_reason_category'))
    changes.access_type_reason_category = values.access_type_reason_category || null
  if (changed.has('access_type_reason'))
    changes.access_type_reason = nullIfBlank(values.access_type_reason)
  // extras are not part of the PUT: see extras-values.ts
  return changes
}

/** The POST body for a new dataset in `organization`, a draft unless the user said otherwise. */
export function toNewDataset(
  values: DatasetFormValues,
  organization: string,
): NewDataset & DatasetChanges {
  const changes = toDatasetChanges(values, { ...emptyFormValues, private: !values.private })
  return {
    ...changes,
    title: values.title.trim(),
    description: values.description.trim(),
    organization,
    private: values.private,
  }
}
