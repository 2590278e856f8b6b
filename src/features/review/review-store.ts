import { useCallback, useMemo, useSyncExternalStore } from 'react'

/**
 * Which of what others published on the organization's data (reuses, community resources) this
 * user has reviewed, and when they last opened the inbox. udata has no such state, so it lives
 * in this browser's localStorage, one entry per instance + user + organization + subject. It
 * holds object ids and a date only, never anything secret.
 */
export type ReviewSubject = 'reuses' | 'community_resources'

export type ReviewScope = {
  instance: string
  userId: string
  organizationId: string
  subject: ReviewSubject
}

export type ReviewState = { reviewed: string[]; lastVisit: string | null }

const emptyState: ReviewState = { reviewed: [], lastVisit: null }

export function reviewStorageKey({
  instance,
  userId,
  organizationId,
  subject,
}: ReviewScope): string {
  const key = `udata-console.review.${new URL(instance).origin}.${userId}.${organizationId}`
  // the reuses' key predates the other subjects: kept as it was, so no review is lost
  return subject === 'reuses' ? key : `${key}.${subject}`
}

function parse(raw: string | null): ReviewState {
  if (!raw) return emptyState
  try {
    // `last_visit` is how the date was stored before our own names became camelCase: still read,
    // so no one's "new since your last visit" is lost.
    const value = JSON.parse(raw) as Partial<ReviewState> & { last_visit?: unknown }
    const lastVisit = value.lastVisit ?? value.last_visit
    return {
      reviewed: Array.isArray(value.reviewed)
        ? value.reviewed.filter((id): id is string => typeof id === 'string')
        : [],
      lastVisit: typeof lastVisit === 'string' ? lastVisit : null,
    }
  } catch {
    return emptyState
  }
}

const listeners = new Set<() => void>()
const cache = new Map<string, { raw: string | null; state: ReviewState }>()

export function readReviewState(scope: ReviewScope): ReviewState {
  const key = reviewStorageKey(scope)
  let raw: string | null = null
  try {
    raw = localStorage.getItem(key)
  } catch {
    raw = null
  }
  // Same snapshot object while the stored text is unchanged (useSyncExternalStore needs that).
  const cached = cache.get(key)
  if (cached && cached.raw === raw) return cached.state
  const state = parse(raw)
  cache.set(key, { raw, state })
  return state
}

function write(scope: ReviewScope, state: ReviewState) {
  try {
    localStorage.setItem(reviewStorageKey(scope), JSON.stringify(state))
  } catch {
    // storage full or disabled: the state lasts for this page only
  }
  for (const listener of listeners) listener()
}

export function setReviewed(scope: ReviewScope, ids: readonly string[], reviewed: boolean) {
  const current = readReviewState(scope)
  const next = new Set(current.reviewed)
  for (const id of ids) {
    if (reviewed) next.add(id)
    else next.delete(id)
  }
  write(scope, { ...current, reviewed: [...next].sort() })
}

export function setLastVisit(scope: ReviewScope, date: string) {
  write(scope, { ...readReviewState(scope), lastVisit: date })
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Another tab marking objects reviewed updates this one too.
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

export function useReviewState(scope: ReviewScope | null) {
  const getSnapshot = useCallback(() => (scope ? readReviewState(scope) : emptyState), [scope])
  const state = useSyncExternalStore(subscribe, getSnapshot, () => emptyState)
  const reviewed = useMemo(() => new Set(state.reviewed), [state.reviewed])
  return { reviewed, lastVisit: state.lastVisit }
}
