import { describe, expect, it } from 'vitest'
import { readReviewState, reviewStorageKey, setLastVisit, setReviewed } from './review-store'

const scope = {
  instance: 'https://demo.data.gouv.fr/',
  userId: 'u1',
  organizationId: 'o1',
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
    expect(readReviewState({ ...scope, organizationId: 'o2' }).reviewed).toEqual([])
    expect(readReviewState({ ...scope, userId: 'u2' }).reviewed).toEqual([])
  })

  it('survives a reload: the state is read back from localStorage', () => {
    setReviewed(scope, ['r9'], true)
    setLastVisit(scope, '2026-01-01T00:00:00.000Z')
    const stored = JSON.parse(localStorage.getItem(reviewStorageKey(scope)) ?? '{}') as unknown
    expect(stored).toEqual({ reviewed: ['r9'], lastVisit: '2026-01-01T00:00:00.000Z' })
  })

  it('ignores corrupt stored values instead of crashing', () => {
    localStorage.setItem(reviewStorageKey(scope), '{not json')
    expect(readReviewState(scope)).toEqual({ reviewed: [], lastVisit: null })
    localStorage.setItem(
      reviewStorageKey(scope),
      JSON.stringify({ reviewed: ['a', 3], last_visit: 5 }),
    )
    expect(readReviewState(scope)).toEqual({ reviewed: ['a'], lastVisit: null })
  })

  it('still reads a last visit stored under its former name, last_visit', () => {
    localStorage.setItem(
      reviewStorageKey(scope),
      JSON.stringify({ reviewed: ['r1'], last_visit: '2025-06-01T00:00:00.000Z' }),
    )
    expect(readReviewState(scope)).toEqual({
      reviewed: ['r1'],
      lastVisit: '2025-06-01T00:00:00.000Z',
    })
    setReviewed(scope, ['r2'], true)
    expect(JSON.parse(localStorage.getItem(reviewStorageKey(scope)) ?? '{}')).toEqual({
      reviewed: ['r1', 'r2'],
      lastVisit: '2025-06-01T00:00:00.000Z',
    })
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
