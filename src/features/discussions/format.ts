import type { Language } from '@/i18n/language'
import type { Discussion, DiscussionMessage, UserRef } from './types'

export function userName(user: UserRef | null | undefined): string | null {
  const name = `${user?.first_name ?? ''} ${user?.last_name ?? ''}`.trim()
  return name || user?.slug || null
}

/** udata dates may lack an offset (udata-api.md §2): those are UTC. */
export function formatDateTime(value: string | null | undefined, lang: Language): string {
  if (!value) return ''
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`)
  return date.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}

export type DiscussionStatus = 'new' | 'answered' | 'closed'

/** As the official admin shows it: closed, answered (more than the first message) or new. */
export function discussionStatus(
  discussion: Pick<Discussion, 'closed' | 'discussion'>,
): DiscussionStatus {
  if (discussion.closed) return 'closed'
  return discussion.discussion.length > 1 ? 'answered' : 'new'
}

export function lastMessage(
  discussion: Pick<Discussion, 'discussion'>,
): DiscussionMessage | undefined {
  return discussion.discussion[discussion.discussion.length - 1]
}
