import { describe } from 'vitest'
import { itReturns } from '@/test/it-returns'
import { validatePublicUrl } from './url-validation'

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
  ])
})
