import { fileExtension } from './format'

describe('resource formatting', () => {
  it('takes the extension of a file name', () => {
    expect(fileExtension('Data.CSV')).toBe('csv')
    expect(fileExtension('.env')).toBe('')
    expect(fileExtension('archive.tar.gz')).toBe('gz')
  })
})
