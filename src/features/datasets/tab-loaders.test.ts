import { describe, expect, it } from 'vitest'
import { activityPageOf } from './tab-loaders'

describe('activityPageOf', () => {
  it('reads whole pages from 1 to 100,000, anything else is page 1', () => {
    const pageOf = (query: string) => activityPageOf(new URLSearchParams(query))
    expect(pageOf('')).toBe(1)
    expect(pageOf('page=3')).toBe(3)
    expect(pageOf('page=%204%20')).toBe(4)
    expect(pageOf('page=100000')).toBe(100_000)
    for (const page of ['0', '-2', '1.5', '100001', 'abc', ''])
      expect(pageOf(`page=${page}`)).toBe(1)
  })
})
