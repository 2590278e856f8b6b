import { formatDate, formatDateTime, parseUdataDate } from './dates'

describe('udata dates', () => {
  it('reads offset-less dates as UTC', () => {
    expect(parseUdataDate('2024-05-01T10:00:00')?.toISOString()).toBe('2024-05-01T10:00:00.000Z')
    expect(parseUdataDate('2024-05-01T10:00:00+02:00')?.toISOString()).toBe(
      '2024-05-01T08:00:00.000Z',
    )
    expect(parseUdataDate('nope')).toBeNull()
  })

  it('reads the shapes udata sends', () => {
    expect(parseUdataDate('2024-05-01T10:00:00Z')?.toISOString()).toBe('2024-05-01T10:00:00.000Z')
    expect(parseUdataDate('2024-05-01T10:00:00+00:00')?.toISOString()).toBe(
      '2024-05-01T10:00:00.000Z',
    )
    expect(parseUdataDate('2024-05-01T10:00:00.123456+00:00')?.toISOString()).toBe(
      '2024-05-01T10:00:00.123Z',
    )
    expect(parseUdataDate('2024-05-01T10:00:00.123456')?.toISOString()).toBe(
      '2024-05-01T10:00:00.123Z',
    )
    expect(parseUdataDate('2024-05-01T10:00:00-0500')?.toISOString()).toBe(
      '2024-05-01T15:00:00.000Z',
    )
    expect(parseUdataDate('')).toBeNull()
    expect(parseUdataDate(null)).toBeNull()
    expect(parseUdataDate(42)).toBeNull()
  })

  it('keeps a plain date on its calendar day', () => {
    const day = parseUdataDate('2024-01-31')
    expect([day?.getFullYear(), day?.getMonth(), day?.getDate(), day?.getHours()]).toEqual([
      2024, 0, 31, 0,
    ])
    expect(formatDate('2024-01-31', 'en')).toBe('31 Jan 2024')
    expect(formatDateTime('2024-01-31', 'fr')).toBe('31 janv. 2024')
  })

  it('formats in French and English', () => {
    // Noon UTC is the same calendar day in every time zone from UTC−11 to UTC+11.
    expect(formatDate('2024-05-01T12:00:00+00:00', 'fr')).toBe('1 mai 2024')
    expect(formatDate('2024-05-01T12:00:00', 'en')).toBe('1 May 2024')
    expect(formatDateTime('2024-05-01T12:00:00Z', 'fr')).toMatch(/^1 mai 2024,? .*\d\d:\d\d$/)
    expect(formatDateTime('2024-05-01T12:00:00Z', 'en')).toMatch(/^1 May 2024,? .*\d\d:\d\d$/)
    expect(formatDate(undefined, 'fr')).toBeNull()
    expect(formatDateTime('nope', 'en')).toBeNull()
  })

  it('writes a day as Intl does, every month, in both languages', () => {
    for (let month = 0; month < 12; month += 1) {
      const day = new Date(2026, month, month + 1)
      const iso = `2026-${String(month + 1).padStart(2, '0')}-${String(month + 1).padStart(2, '0')}`
      const style = { day: 'numeric', month: 'short', year: 'numeric' } as const
      expect(formatDate(iso, 'fr')).toBe(day.toLocaleDateString('fr-FR', style))
      expect(formatDate(iso, 'en')).toBe(day.toLocaleDateString('en-GB', style))
    }
  })
})
