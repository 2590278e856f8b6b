import { z } from 'zod'
import type { ResourceMessages } from './messages'
import type { Resource, ResourceUpdate } from './types'
import { urlProblem } from '@/ui/url-validation'

export const checksumTypes = ['sha1', 'sha2', 'sha256', 'md5', 'crc'] as const

export function resourceEditSchema(t: ResourceMessages, isRemote: boolean) {
  return z.object({
    title: z.string().trim().min(1, t.required).max(350, t.tooLong(350)),
    description: z.string().max(100_000, t.tooLong(100_000)),
    type: z.string().min(1, t.required),
    url: z.string().superRefine((value, ctx) => {
      const problem = isRemote ? urlProblem(value) : null
      if (problem) ctx.addIssue({ code: 'custom', message: t.urlProblems[problem] })
    }),
    format: z.string().trim().max(50),
    mime: z.string().trim().max(100),
    schema_name: z.string().trim(),
    schema_version: z.string().trim(),
    schema_url: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = value ? urlProblem(value) : null
        if (problem) ctx.addIssue({ code: 'custom', message: t.urlProblems[problem] })
      }),
    checksum_type: z.string(),
    checksum_value: z.string().trim(),
  })
}

export type ResourceEditFormValues = z.infer<ReturnType<typeof resourceEditSchema>>

export function toFormValues(resource: Resource): ResourceEditFormValues {
  return {
    title: resource.title,
    description: resource.description ?? '',
    type: resource.type,
    url: resource.url,
    format: resource.format ?? '',
    mime: resource.mime ?? '',
    schema_name: resource.schema?.name ?? '',
    schema_version: resource.schema?.version ?? '',
    schema_url: resource.schema?.url ?? '',
    checksum_type: resource.checksum?.type ?? 'sha1',
    checksum_value: resource.checksum?.value ?? '',
  }
}

/**
 * Only what the user changed goes into the PUT: udata keeps absent keys, and a stale value for
 * an untouched field would overwrite someone else's change. Hosted files' url, format, mime and
 * checksum are the server's (it ignores ours), and `extras` is never sent.
 */
export function toResourceUpdate(
  values: ResourceEditFormValues,
  dirty: Partial<Record<keyof ResourceEditFormValues, boolean | undefined>>,
  isRemote: boolean,
): ResourceUpdate {
  const update: ResourceUpdate = {}
  if (dirty.title) update.title = values.title.trim()
  if (dirty.description) update.description = values.description
  if (dirty.type) update.type = values.type
  if (dirty.schema_name || dirty.schema_version || dirty.schema_url) {
    // A catalogue name, or else a URL; udata refuses a version with neither (§7.1).
    const version = values.schema_version ? { version: values.schema_version } : {}
    update.schema = values.schema_name
      ? { name: values.schema_name, ...version }
      : values.schema_url
        ? { url: values.schema_url, ...version }
        : null
  }
  if (isRemote) {
    if (dirty.url) update.url = values.url.trim()
    if (dirty.format) update.format = values.format.toLowerCase()
    if (dirty.mime) update.mime = values.mime
    if (dirty.checksum_type || dirty.checksum_value) {
      update.checksum = values.checksum_value
        ? { type: values.checksum_type, value: values.checksum_value }
        : null
    }
  }
  return update
}
