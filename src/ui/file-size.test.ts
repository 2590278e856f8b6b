import { formatSize } from './file-size'

describe('file sizes', () => {
  it('shows sizes in French and English units', () => {
    expect(formatSize(0, 'fr')).toBe('0 octets')
    expect(formatSize(1536, 'en')).toBe('1.5 KB')
    expect(formatSize(1536, 'fr')).toBe('1,5 Ko')
    expect(formatSize(150 * 1024 * 1024, 'en')).toBe('150 MB')
    expect(formatSize(null, 'fr')).toBe('—')
  })
})
