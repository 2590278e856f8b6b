import { describe, expect, it } from 'vitest'
import { itReturns } from '@/test/it-returns'
import { urlProblem, validatePublicUrl } from './url-validation'

describe('validatePublicUrl', () => {
  itReturns('%s → %s', validatePublicUrl, [
    ['https://www.example.org/app', null],
    ['http://data.example.fr', null],
    ['ftp://files.example.com/x.csv', null],
    ['https://xn--caf-dma.fr/', null],
    ['https://93.184.216.34/', null],
    ['', 'required'],
    ['   ', 'required'],
    ['example.org', 'invalid'],
    ['https://exa mple.org', 'invalid'],
    ['https://intranet', 'invalid'],
    ['https://example.c0m', 'invalid'],
    ['javascript:alert(1)', 'scheme'],
    ['mailto:a@b.fr', 'scheme'],
    ['http://localhost:3000', 'local'],
    ['http://192.168.1.2/', 'local'],
    ['http://10.0.0.1/', 'local'],
    ['http://[::1]/', 'local'],
    // one validator for every URL: the private ranges a resource's URL refuses are refused here too
    ['http://[fd00::1]/', 'local'],
    ['http://100.64.0.1/', 'local'],
  ])
})

// The finer problems a resource's URL is worded with; the forms above group them.
describe('urlProblem', () => {
  it.each([
    'https://www.data.gouv.fr/fr/datasets/x/',
    'http://example.com/file.csv',
    'ftp://ftp.ign.fr/pub/file.zip',
    'ftps://files.example.org/a.csv',
    'https://user:secret@example.com/a.csv',
    'https://8.8.8.8/data.json',
    'https://[2001:4860:4860::8888]/data.json',
    'https://[::ffff:8.8.8.8]/data.json',
    'https://xn--caf-dma.fr/menu.csv',
  ])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeNull()
  })

  itReturns('refuses %j (%s)', urlProblem, [
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a url', 'malformed'],
    ['example.com/file.csv', 'malformed'],
    // udata refuses white space anywhere, where the URL parser would encode it
    ['https://example.com/a b.csv', 'malformed'],
    ['https://example..com/a.csv', 'tld'],
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
    ['http://[::ffff:127.0.0.1]/a.csv', 'private'],
    ['http://[::ffff:10.0.0.1]/a.csv', 'private'],
    ['http://intranet/a.csv', 'tld'],
    ['http://example.c0m/a.csv', 'tld'],
  ])
})
