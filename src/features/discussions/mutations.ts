import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { discussionQueries } from './queries'
import type { Discussion, DiscussionReply, NewDiscussion } from './types'

export function useStartDiscussion() {
  return useMutation({
    mutationKey: discussionQueries.all(),
    mutationFn: (values: NewDiscussion) =>
      apiFetch<Discussion>('/api/1/discussions/', { method: 'POST', json: values }),
  })
}

export function useReplyToDiscussion(discussionId: string) {
  return useMutation({
    mutationKey: discussionQueries.all(),
    mutationFn: (values: DiscussionReply) =>
      apiFetch<Discussion>(`/api/1/discussions/${discussionId}/`, { method: 'POST', json: values }),
  })
}
