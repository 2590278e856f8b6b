import { describe, expect, it } from 'vitest'
import { readReviewState, reviewStorageKey, setLastVisit, setReviewed } from './review-store'

const scope = {
  instance: 'https://demo.data.gouv.fr/',
  user_id: 'u1',
  organization_id: 'o1',
  subject: 'reuses',
} as const

describe('review store', () => {
  it('keys the state by instance origin, user and organization', () => {
    expect(reviewStorageKey(scope)).toBe('udata-console.review.https://demo.data.gouv.fr.u1.o1')
  })

  it('marks and unmarks reuses, for this scope only', () => {
    setReviewed(scope, ['r2', 'r1'], true)
    setReviewed(scope, ['r3'], true)
    setReviewed(scope, ['r2'], false)
    expect(readReviewState(scope).reviewed).toEqual(['r1', 'r3'])
    expect(readReviewState({ ...scope, organization_id: 'o2' }).reviewed).toEqual([])
    expect(readReviewState({ ...scope, user_id: 'u2' }).reviewed).toEqual([])
  })

  it('survives a reload: the state is read back from localStorage', () => {
    setReviewed(scope, ['r9'], true)
    setLastVisit(scope, '2026-01-01T00:00:00.000Z')
    const stored = JSON.parse(localStorage.getItem(reviewStorageKey(scope)) ?? '{}') as unknown
    expect(stored).toEqual({ reviewed: ['r9'], last_visit: '2026-01-01T00:00:00.000Z' })
  })

  it('ignores corrupt stored values instead of crashing', () => {
    localStorage.setItem(reviewStorageKey(scope), '{not json')
    expect(readReviewState(scope)).toEqual({ reviewed: [], last_visit: null })
    localStorage.setItem(
      reviewStorageKey(scope),
      JSON.stringify({ reviewed: ['a', 3], last_visit: 5 }),
    )
    expect(readReviewState(scope)).toEqual({ reviewed: ['a'], last_visit: null })
  })

  it('returns the same snapshot while nothing changed', () => {
    setReviewed(scope, ['x'], true)
    expect(readReviewState(scope)).toBe(readReviewState(scope))
  })
})

describe('review store subjects', () => {
  it('keeps community resources apart from reuses, under their own key', () => {
    const crs = { ...scope, subject: 'community_resources' } as const
    expect(reviewStorageKey(crs)).toBe(
      'udata-console.review.https://demo.data.gouv.fr.u1.o1.community_resources',
    )
    setReviewed(crs, ['c1'], true)
    expect(readReviewState(crs).reviewed).toEqual(['c1'])
    expect(readReviewState(scope).reviewed).not.toContain('c1')
  })
})
