import { itReturns } from '@/test/it-returns'
import { validateResourceUrl } from './url-validation'

describe('validateResourceUrl', () => {
  it.each([
    'https://www.data.gouv.fr/fr/datasets/x/',
    'http://example.com/file.csv',
    'ftp://ftp.ign.fr/pub/file.zip',
    'ftps://files.example.org/a.csv',
    'https://user:secret@example.com/a.csv',
    'https://8.8.8.8/data.json',
    'https://[2001:4860:4860::8888]/data.json',
    'https://xn--caf-dma.fr/menu.csv',
  ])('accepts %s', (url) => {
    expect(validateResourceUrl(url)).toBeNull()
  })

  itReturns('refuses %j (%s)', validateResourceUrl, [
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a url', 'malformed'],
    ['example.com/file.csv', 'malformed'],
    ['file:///etc/passwd', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['mailto:someone@example.com', 'scheme'],
    ['http://localhost:8080/a.csv', 'local'],
    ['http://printer.local/a.csv', 'local'],
    ['http://127.0.0.1/a.csv', 'private'],
    ['http://10.1.2.3/a.csv', 'private'],
    ['http://172.20.0.1/a.csv', 'private'],
    ['http://192.168.1.10/a.csv', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'private'],
    ['http://[::1]/a.csv', 'private'],
    ['http://[fd00::1]/a.csv', 'private'],
    ['http://intranet/a.csv', 'tld'],
    ['http://example.c0m/a.csv', 'tld'],
  ])
})
