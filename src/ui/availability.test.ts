import { availabilityOf } from './availability'

describe('file availability', () => {
  it('derives availability from the check extras', () => {
    expect(availabilityOf({ extras: {} })).toEqual({ state: 'unknown' })
    expect(
      availabilityOf({
        extras: { 'check:available': false, 'check:status': 404, 'check:date': '2024-01-01' },
      }),
    ).toEqual({ state: 'unavailable', status: 404, checked_at: '2024-01-01' })
  })
})
