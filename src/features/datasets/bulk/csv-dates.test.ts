import { describe, expect, it } from 'vitest'
import { parseCsvDate } from './csv-dates'

describe('import dates', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2025-01-01T00:00:00+00:00', '2025-01-01'],
    ['2025-01-01T10:42:07.123456', '2025-01-01'],
    ['01/02/2024', '2024-02-01'],
    ['1/2/2024', '2024-02-01'],
    ['31/12/2024', '2024-12-31'],
    ['12/01/2024', '2024-01-12'],
  ])('reads %j as %j', (text, date) => {
    expect(parseCsvDate(text)).toEqual({ date })
  })

  it.each([
    ['12/31/2024', 'month-first'],
    ['02/13/2024', 'month-first'],
    ['31/02/2024', 'no-such-day'],
    ['29/02/2023', 'no-such-day'],
    ['13/13/2024', 'no-such-day'],
    ['2024-13-01', 'no-such-day'],
    ['2024-02-30', 'no-such-day'],
    ['01/02/24', 'format'],
    ['2024/02/01', 'format'],
    ['01-02-2024', 'format'],
    ['01.02.2024', 'format'],
    ['février 2024', 'format'],
    ['2024-01-01Tnoon', 'format'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseCsvDate(text)).toEqual({ problem })
  })
})
