import type { Discussion, DiscussionMessage, UserRef } from './types'

export function userName(user: UserRef | null | undefined): string | null {
  const name = `${user?.first_name ?? ''} ${user?.last_name ?? ''}`.trim()
  return name || user?.slug || null
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
