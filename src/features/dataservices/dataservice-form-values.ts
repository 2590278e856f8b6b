import { z } from 'zod'
import { normalizeTags } from '@/api/tags'
import { changedFields } from '@/ui/field-conflicts'
import { formFields } from '@/ui/form-fields'
import { validatePublicUrl, type PublicUrlProblem } from '@/ui/url-validation'
import { audienceRoles } from '@/features/datasets/types'
import {
  dataserviceTextFields,
  dataserviceUrlFields,
  type AccessAudience,
  type AccessType,
  type AudienceCondition,
  type AudienceRole,
  type Dataservice,
  type DataserviceWrite,
  type LinkedDatasetRef,
} from './types'

type UrlField = (typeof dataserviceUrlFields)[number]
type TextField = (typeof dataserviceTextFields)[number]

export type DataserviceFormValues = Record<UrlField | TextField, string> & {
  title: string
  description: string
  format: string
  license: string
  /** kept as typed; a number from 0 to 100, or empty */
  availability: string
  access_type: AccessType
  /** one condition per role, '' = not said (udata allows one per role) */
  access_audiences: Record<AudienceRole, AudienceCondition | ''>
  access_type_reason_category: string
  tags: string[]
  contact_points: string[]
  datasets: LinkedDatasetRef[]
}

export type DataserviceFormField = keyof DataserviceFormValues

const noAudiences: DataserviceFormValues['access_audiences'] = {
  local_authority_and_administration: '',
  company_and_association: '',
  private: '',
}

/** In the order the conflict view and the focus after a 400 follow. */
export const emptyDataserviceFormValues: DataserviceFormValues = {
  title: '',
  acronym: '',
  description: '',
  base_api_url: '',
  machine_documentation_url: '',
  technical_documentation_url: '',
  business_documentation_url: '',
  format: '',
  license: '',
  tags: [],
  contact_points: [],
  datasets: [],
  access_type: 'open',
  access_audiences: noAudiences,
  authorization_request_url: '',
  access_type_reason_category: '',
  access_type_reason: '',
  availability: '',
  availability_url: '',
  rate_limiting: '',
  rate_limiting_url: '',
}

export const dataserviceFormFields = formFields(emptyDataserviceFormValues)

type Messages = { required: string; availability: string; tooLong: string } & Record<
  Exclude<PublicUrlProblem, 'required'>,
  string
>

const optionalUrl = (messages: Messages) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = value ? validatePublicUrl(value) : null
      if (problem && problem !== 'required')
        ctx.addIssue({ code: 'custom', message: messages[problem] })
    })

export function dataserviceFormSchema(messages: Messages) {
  const url = optionalUrl(messages)
  return z.object({
    title: z.string().trim().min(1, messages.required),
    acronym: z.string().trim().max(128, messages.tooLong),
    description: z.string(),
    base_api_url: url,
    machine_documentation_url: url,
    technical_documentation_url: url,
    business_documentation_url: url,
    authorization_request_url: url,
    availability: z
      .string()
      .trim()
      .refine((value) => {
        if (!value) return true
        const number = Number(value.replace(',', '.'))
        return Number.isFinite(number) && number >= 0 && number <= 100
      }, messages.availability),
    availability_url: url,
    rate_limiting: z.string(),
    rate_limiting_url: url,
    format: z.string(),
    license: z.string(),
    access_type: z.enum(['open', 'open_with_account', 'restricted']),
    access_audiences: z.object({
      local_authority_and_administration: z.enum(['', 'yes', 'no', 'under_condition']),
      company_and_association: z.enum(['', 'yes', 'no', 'under_condition']),
      private: z.enum(['', 'yes', 'no', 'under_condition']),
    }),
    access_type_reason_category: z.string(),
    access_type_reason: z.string(),
    tags: z.array(z.string()),
    contact_points: z.array(z.string()),
    datasets: z.array(z.object({ id: z.string(), title: z.string() })),
  })
}

export function toFormValues(
  dataservice: Dataservice,
  datasets: readonly LinkedDatasetRef[],
): DataserviceFormValues {
  const audiences = { ...noAudiences }
  for (const audience of dataservice.access_audiences)
    if (audienceRoles.includes(audience.role)) audiences[audience.role] = audience.condition
  const text = (value: string | null | undefined) => value ?? ''
  return {
    title: dataservice.title,
    acronym: text(dataservice.acronym),
    description: text(dataservice.description),
    base_api_url: text(dataservice.base_api_url),
    machine_documentation_url: text(dataservice.machine_documentation_url),
    technical_documentation_url: text(dataservice.technical_documentation_url),
    business_documentation_url: text(dataservice.business_documentation_url),
    authorization_request_url: text(dataservice.authorization_request_url),
    availability: dataservice.availability === null ? '' : String(dataservice.availability),
    availability_url: text(dataservice.availability_url),
    rate_limiting: text(dataservice.rate_limiting),
    rate_limiting_url: text(dataservice.rate_limiting_url),
    format: text(dataservice.format),
    license: text(dataservice.license),
    access_type: dataservice.access_type,
    access_audiences: audiences,
    access_type_reason_category: text(dataservice.access_type_reason_category),
    access_type_reason: text(dataservice.access_type_reason),
    tags: normalizeTags(dataservice.tags),
    contact_points: dataservice.contact_points.map((contact) => contact.id).sort(),
    datasets: datasets.map(({ id, title }) => ({ id, title })),
  }
}

export function sameFieldValue(
  field: DataserviceFormField,
  a: DataserviceFormValues,
  b: DataserviceFormValues,
): boolean {
  switch (field) {
    case 'datasets':
      return a.datasets.map((d) => d.id).join(',') === b.datasets.map((d) => d.id).join(',')
    case 'tags':
    case 'contact_points':
      return a[field].join(',') === b[field].join(',')
    case 'access_audiences':
      return audienceRoles.every((role) => a.access_audiences[role] === b.access_audiences[role])
    case 'access_type':
      return a.access_type === b.access_type
    default:
      return a[field].trim() === b[field].trim()
  }
}

function toAudiences(values: DataserviceFormValues): AccessAudience[] {
  return audienceRoles.flatMap((role) => {
    const condition = values.access_audiences[role]
    return condition ? [{ role, condition }] : []
  })
}

/** A cleared optional field is sent as null, which udata stores as "not set". */
const orNull = (value: string) => value.trim() || null

/**
 * The PATCH body: only the changed fields. `datasets`, when sent, is the complete list of ids
 * (udata replaces the list whole); audiences only mean something with a restricted access.
 */
export function toDataservicePatch(
  values: DataserviceFormValues,
  fields: readonly DataserviceFormField[],
): Partial<DataserviceWrite> {
  const patch: Partial<DataserviceWrite> = {}
  for (const field of fields) {
    switch (field) {
      case 'title':
        patch.title = values.title.trim()
        break
      case 'description':
        patch.description = values.description
        break
      case 'availability': {
        const text = values.availability.trim().replace(',', '.')
        patch.availability = text ? Number(text) : null
        break
      }
      case 'format':
      case 'license':
      case 'access_type_reason_category':
        patch[field] = values[field] || null
        break
      case 'access_type':
        patch.access_type = values.access_type
        break
      case 'access_audiences':
        patch.access_audiences = toAudiences(values)
        break
      case 'tags':
        patch.tags = normalizeTags(values.tags)
        break
      case 'contact_points':
        patch.contact_points = values.contact_points
        break
      case 'datasets':
        patch.datasets = values.datasets.map((dataset) => dataset.id)
        break
      default:
        patch[field] = orNull(values[field])
    }
  }
  return patch
}

/** The POST body: every field the user filled in, created as a draft of the organization. */
export function toNewDataservice(
  values: DataserviceFormValues,
  organization: string,
): Partial<DataserviceWrite> {
  const filled = changedFields(
    dataserviceFormFields,
    sameFieldValue,
    emptyDataserviceFormValues,
    values,
  )
  return { ...toDataservicePatch(values, filled), private: true, organization }
}
