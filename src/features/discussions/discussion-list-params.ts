import { z } from 'zod'
import type { DiscussionListParams } from './queries'

export const discussionStates = ['open', 'closed', 'all'] as const
export const discussionPageSize = 20

const schema = z.object({
  state: z.enum(discussionStates).catch('open'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})
export type DiscussionListSearch = z.infer<typeof schema>

export function parseDiscussionListSearch(search: URLSearchParams): DiscussionListSearch {
  return schema.parse({
    state: search.get('state') ?? undefined,
    q: search.get('q') ?? undefined,
    page: search.get('page') ?? undefined,
  })
}

export function toDiscussionListSearchParams(search: DiscussionListSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.state !== 'open') params.set('state', search.state)
  if (search.q) params.set('q', search.q)
  if (search.page !== 1) params.set('page', String(search.page))
  return params
}

export function toDiscussionApiParams(
  org: string,
  search: DiscussionListSearch,
): DiscussionListParams {
  return {
    org,
    ...(search.state === 'all' ? {} : { closed: search.state === 'closed' }),
    ...(search.q ? { q: search.q } : {}),
    sort: '-created',
    page: search.page,
    page_size: discussionPageSize,
  }
}
