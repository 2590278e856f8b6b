import { z } from 'zod'
import type { ReuseApiParams } from './queries'
import { reuseStatuses } from './reuse-status'

export const reuseSorts = [
  '-created',
  'created',
  '-last_modified',
  'title',
  '-datasets',
  '-views',
] as const
export type ReuseSort = (typeof reuseSorts)[number]
export const defaultReuseSort: ReuseSort = '-created'
export const reusePageSize = 20

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined)

/** The reuses list's URL state; anything malformed falls back to its default. */
export const reuseListSearchSchema = z.object({
  q: optionalText,
  type: optionalText,
  topic: optionalText,
  status: z.enum(reuseStatuses).optional().catch(undefined),
  sort: z.enum(reuseSorts).catch(defaultReuseSort),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})
export type ReuseListSearch = z.infer<typeof reuseListSearchSchema>

export function parseReuseListSearch(search: URLSearchParams): ReuseListSearch {
  const get = (key: string) => search.get(key) ?? undefined
  return reuseListSearchSchema.parse({
    q: get('q'),
    type: get('type'),
    topic: get('topic'),
    status: get('status'),
    sort: get('sort'),
    page: get('page'),
  })
}

/** Back to a query string, leaving defaults out so shared links stay short. */
export function toReuseListSearchParams(search: ReuseListSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.q) params.set('q', search.q)
  if (search.type) params.set('type', search.type)
  if (search.topic) params.set('topic', search.topic)
  if (search.status) params.set('status', search.status)
  if (search.sort !== defaultReuseSort) params.set('sort', search.sort)
  if (search.page !== 1) params.set('page', String(search.page))
  return params
}

/**
 * The API query for a list state. Only draft/public map to a udata filter (`private`); archived
 * and deleted have none on reuse lists, so those are filtered client-side (see `matchesStatus`).
 */
export function toReuseApiParams(organization: string, search: ReuseListSearch): ReuseApiParams {
  const params: ReuseApiParams = {
    organization,
    sort: search.sort,
    page: search.page,
    page_size: reusePageSize,
  }
  if (search.q) params.q = search.q
  if (search.type) params.type = search.type
  if (search.topic) params.topic = search.topic
  if (search.status === 'draft') params.private = true
  if (search.status === 'public') params.private = false
  return params
}
