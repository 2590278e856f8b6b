import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ReviewScope, ReviewSubject } from './review-store'
import { meQueries } from '@/auth/me'
import { useSession } from '@/session/use-session'

/** The review state belongs to this instance, this user, this organization and this subject. */
export function useReviewScope(organizationId: string, subject: ReviewSubject): ReviewScope | null {
  const session = useSession()
  const me = useQuery(meQueries.current())
  const userId = me.data?.id
  return useMemo(
    () =>
      session && userId ? { instance: session.instance, userId, organizationId, subject } : null,
    [session, userId, organizationId, subject],
  )
}
