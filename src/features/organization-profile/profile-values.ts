import { z } from 'zod'
import { validatePublicUrl, type PublicUrlProblem } from '@/ui/url-validation'
import type { Organization } from '@/features/organizations/types'
import { normalizeSiret, siretProblem, type SiretProblem } from './siret'
import type { CustomMetadata, CustomMetadataType, OrganizationWrite } from './types'

export const customMetadataTypes = [
  'str',
  'int',
  'float',
  'bool',
  'date',
  'datetime',
  'choice',
] as const satisfies readonly CustomMetadataType[]

/** A definition as the form edits it: the choices one per line. */
export type CustomMetadataValues = {
  title: string
  description: string
  type: CustomMetadataType
  choices: string
}

export type ProfileFormValues = {
  name: string
  acronym: string
  description: string
  url: string
  business_number_id: string
  custom: CustomMetadataValues[]
}

/** Form fields that a udata 400 may name (`extras` errors go on the definitions' section). */
export const profileFormFields = [
  'name',
  'acronym',
  'description',
  'url',
  'business_number_id',
  'custom',
] as const satisfies readonly (keyof ProfileFormValues)[]
export type ProfileFormField = (typeof profileFormFields)[number]

type SchemaMessages = { required: string; tooLong: string; choicesRequired: string } & Record<
  Exclude<PublicUrlProblem, 'required'>,
  string
> &
  Record<SiretProblem, string>

const choicesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

export function profileFormSchema(m: SchemaMessages) {
  return z.object({
    name: z.string().trim().min(1, m.required),
    acronym: z.string().trim().max(128, m.tooLong),
    description: z.string().trim().min(1, m.required),
    url: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = value ? validatePublicUrl(value) : null
        if (problem && problem !== 'required') ctx.addIssue({ code: 'custom', message: m[problem] })
      }),
    business_number_id: z.string().superRefine((value, ctx) => {
      const problem = siretProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: m[problem] })
    }),
    custom: z.array(
      z
        .object({
          title: z.string().trim().min(1, m.required),
          description: z.string(),
          type: z.enum(customMetadataTypes),
          choices: z.string(),
        })
        .superRefine((value, ctx) => {
          if (value.type === 'choice' && choicesOf(value.choices).length === 0)
            ctx.addIssue({ code: 'custom', path: ['choices'], message: m.choicesRequired })
        }),
    ),
  })
}

const isType = (value: unknown): value is CustomMetadataType =>
  (customMetadataTypes as readonly unknown[]).includes(value)

/** `extras.custom` as udata validates it; anything else in there is left out of the form. */
export function customMetadataOf(extras: Record<string, unknown> | undefined): CustomMetadata[] {
  const custom = extras?.custom
  if (!Array.isArray(custom)) return []
  return custom.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return []
    const { title, description, type, choices } = item as Record<string, unknown>
    if (typeof title !== 'string' || !isType(type)) return []
    return [
      {
        title,
        description: typeof description === 'string' ? description : '',
        type,
        ...(Array.isArray(choices) ? { choices: choices.map(String) } : {}),
      },
    ]
  })
}

export function toProfileValues(org: Organization): ProfileFormValues {
  return {
    name: org.name,
    acronym: org.acronym ?? '',
    description: org.description ?? '',
    url: org.url ?? '',
    business_number_id: org.business_number_id ?? '',
    custom: customMetadataOf(org.extras).map((item) => ({
      title: item.title,
      description: item.description,
      type: item.type,
      choices: (item.choices ?? []).join('\n'),
    })),
  }
}

function toCustom(values: CustomMetadataValues[]): CustomMetadata[] {
  return values.map(({ title, description, type, choices }) => ({
    title: title.trim(),
    description: description.trim(),
    type,
    ...(type === 'choice' ? { choices: choicesOf(choices) } : {}),
  }))
}

function comparable(values: ProfileFormValues, field: ProfileFormField): string {
  switch (field) {
    case 'custom':
      return JSON.stringify(toCustom(values.custom))
    case 'business_number_id':
      return normalizeSiret(values.business_number_id)
    default:
      return values[field].trim()
  }
}

/**
 * Only the changed keys (udata patches the organization). `extras` is replaced whole by udata,
 * so the organization's other extras are sent back as they were.
 */
export function toProfilePayload(
  values: ProfileFormValues,
  fields: readonly ProfileFormField[],
  extras: Record<string, unknown> = {},
): OrganizationWrite {
  const payload: OrganizationWrite = {}
  for (const field of fields) {
    if (field === 'custom') {
      const others = Object.fromEntries(Object.entries(extras).filter(([key]) => key !== 'custom'))
      const custom = toCustom(values.custom)
      payload.extras = custom.length > 0 ? { ...others, custom } : others
    } else if (field === 'business_number_id') {
      payload.business_number_id = normalizeSiret(values.business_number_id)
    } else payload[field] = values[field].trim()
  }
  return payload
}

/** Whether a field says the same on both sides (spaces, SIRET spacing and choice lines aside). */
export function sameFieldValue(
  field: ProfileFormField,
  a: ProfileFormValues,
  b: ProfileFormValues,
): boolean {
  return comparable(a, field) === comparable(b, field)
}
