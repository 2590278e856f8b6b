import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { listPageQuery } from '@/api/list-page-query'
import { toSearchParams } from '@/api/pagination'
import type { Discussion } from './types'

export type DiscussionListParams = {
  org?: string
  for?: string
  closed?: boolean
  q?: string
  sort?: string
  page?: number
  page_size?: number
}

export const discussionQueries = {
  all: () => ['discussions'] as const,
  lists: () => [...discussionQueries.all(), 'list'] as const,
  list: (params: DiscussionListParams) =>
    listPageQuery<Discussion>(
      [...discussionQueries.lists(), params],
      `/api/1/discussions/?${toSearchParams(params)}`,
    ),
  /** The discussions on one dataset or reuse, as its tab shows them: 50, newest first. */
  ofSubject: (subjectId: string, closed: boolean) =>
    discussionQueries.list({ for: subjectId, closed, page_size: 50, sort: '-created' }),
  detail: (discussionId: string) =>
    queryOptions({
      queryKey: [...discussionQueries.all(), 'detail', discussionId],
      queryFn: ({ signal }) =>
        apiFetch<Discussion>(`/api/1/discussions/${discussionId}/`, { signal }),
    }),
}

/** Titles of discussion subjects (a discussion only carries `{class, id}`). */
/** The query domain of each subject class, so the subject's writes refresh its title. */
const subjectDomain: Record<string, string> = {
  Dataset: 'datasets',
  Reuse: 'reuses',
  Dataservice: 'dataservices',
}

export const subjectQueries = {
  title: (subject: { class: string; id: string }) =>
    queryOptions({
      queryKey: [subjectDomain[subject.class] ?? 'datasets', 'title', subject.class, subject.id],
      queryFn: ({ signal }) =>
        apiFetch<{ id: string; title: string }>(
          subject.class === 'Reuse'
            ? `/api/1/reuses/${subject.id}/`
            : subject.class === 'Dataservice'
              ? `/api/1/dataservices/${subject.id}/`
              : `/api/2/datasets/${subject.id}/`,
          { signal, headers: { 'X-Fields': 'id,title' } },
        ),
      staleTime: 10 * 60_000,
    }),
}
