import { availabilityOf, fileExtension, formatSize } from './format'

describe('resource formatting', () => {
  it('shows sizes in French and English units', () => {
    expect(formatSize(0, 'fr')).toBe('0 octets')
    expect(formatSize(1536, 'en')).toBe('1.5 KB')
    expect(formatSize(1536, 'fr')).toBe('1,5 Ko')
    expect(formatSize(150 * 1024 * 1024, 'en')).toBe('150 MB')
    expect(formatSize(null, 'fr')).toBe('—')
  })

  it('derives availability from the check extras', () => {
    expect(availabilityOf({ extras: {} })).toEqual({ state: 'unknown' })
    expect(
      availabilityOf({
        extras: { 'check:available': false, 'check:status': 404, 'check:date': '2024-01-01' },
      }),
    ).toEqual({ state: 'unavailable', status: 404, checked_at: '2024-01-01' })
  })

  it('takes the extension of a file name', () => {
    expect(fileExtension('Data.CSV')).toBe('csv')
    expect(fileExtension('.env')).toBe('')
    expect(fileExtension('archive.tar.gz')).toBe('gz')
  })
})
