import { z } from 'zod'
import { normalizeTags } from '@/api/tags'
import type { Reuse, ReuseDatasetRef, ReuseWrite } from './types'
import { formFields } from '@/ui/form-fields'
import { validatePublicUrl, type PublicUrlProblem } from '@/ui/url-validation'

export type LinkedDataset = { id: string; title: string }

/** A reuse as the form edits it: the datasets with their titles, `archived` as a switch. */
export type ReuseFormValues = Omit<
  ReuseWrite,
  'datasets' | 'archived' | 'organization' | 'deleted'
> & {
  datasets: LinkedDataset[]
  archived: boolean
}

export type ReuseFormField = keyof ReuseFormValues

export function reuseFormSchema(messages: { required: string } & Record<PublicUrlProblem, string>) {
  return z.object({
    title: z.string().trim().min(1, messages.required).max(350),
    description: z.string().trim().min(1, messages.required),
    url: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = validatePublicUrl(value)
        if (problem) ctx.addIssue({ code: 'custom', message: messages[problem] })
      }),
    type: z.string().min(1, messages.required),
    topic: z.string().min(1, messages.required),
    tags: z.array(z.string()),
    datasets: z.array(z.object({ id: z.string(), title: z.string() })),
    private: z.boolean(),
    archived: z.boolean(),
  })
}

export const emptyReuseFormValues: ReuseFormValues = {
  title: '',
  description: '',
  url: '',
  type: '',
  topic: '',
  tags: [],
  datasets: [],
  private: true,
  archived: false,
}

export const reuseFormFields = formFields(emptyReuseFormValues)

export function toFormValues(
  reuse: Pick<
    Reuse,
    'title' | 'description' | 'url' | 'type' | 'topic' | 'tags' | 'private' | 'archived'
  >,
  datasets: readonly ReuseDatasetRef[],
): ReuseFormValues {
  return {
    title: reuse.title,
    description: reuse.description,
    url: reuse.url,
    type: reuse.type,
    topic: reuse.topic,
    tags: normalizeTags(reuse.tags),
    datasets: datasets.map(({ id, title }) => ({ id, title })),
    private: reuse.private,
    archived: Boolean(reuse.archived),
  }
}

export function sameFieldValue(
  field: ReuseFormField,
  a: ReuseFormValues,
  b: ReuseFormValues,
): boolean {
  if (field === 'datasets')
    return a.datasets.map((d) => d.id).join(',') === b.datasets.map((d) => d.id).join(',')
  if (field === 'tags') return a.tags.join(',') === b.tags.join(',')
  if (field === 'title' || field === 'description' || field === 'url')
    return a[field].trim() === b[field].trim()
  return a[field] === b[field]
}

/**
 * The PUT body: only the changed fields (reuse PUT is a real partial update, so a field someone
 * else changed meanwhile is left alone). `datasets`, when sent, is the whole list of ids.
 */
export function toReusePayload(
  values: ReuseFormValues,
  fields: readonly ReuseFormField[],
  now: () => string = () => new Date().toISOString(),
): Partial<ReuseWrite> {
  const payload: Partial<ReuseWrite> = {}
  for (const field of fields) {
    switch (field) {
      case 'title':
      case 'description':
      case 'url':
        payload[field] = values[field].trim()
        break
      case 'type':
      case 'topic':
        payload[field] = values[field]
        break
      case 'tags':
        payload.tags = normalizeTags(values.tags)
        break
      case 'datasets':
        payload.datasets = values.datasets.map((dataset) => dataset.id)
        break
      case 'private':
        payload.private = values.private
        break
      case 'archived':
        payload.archived = values.archived ? now() : null
        break
    }
  }
  return payload
}

/** The POST body of a new reuse, created in the organization. */
export function toNewReuse(values: ReuseFormValues, organization: string): ReuseWrite {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    url: values.url.trim(),
    type: values.type,
    topic: values.topic,
    tags: normalizeTags(values.tags),
    datasets: values.datasets.map((dataset) => dataset.id),
    private: values.private,
    archived: null,
    organization,
  }
}
