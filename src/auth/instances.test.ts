import { describe, expect, it } from 'vitest'
import { itReturns } from '@/test/it-returns'
import { apiKeysPageUrl, instanceHost } from './instance-urls'
import { normalizeInstanceUrl } from './instances'

describe('normalizeInstanceUrl', () => {
  itReturns('%s → %s', normalizeInstanceUrl, [
    ['https://www.data.gouv.fr', 'https://www.data.gouv.fr'],
    ['www.data.gouv.fr', 'https://www.data.gouv.fr'],
    ['  demo.data.gouv.fr/  ', 'https://demo.data.gouv.fr'],
    ['https://data.public.lu/api/1/', 'https://data.public.lu'],
    ['https://data.public.lu/fr/datasets/foo/?q=1#x', 'https://data.public.lu'],
    ['HTTPS://WWW.DATA.GOUV.FR/api/2/datasets/', 'https://www.data.gouv.fr'],
    ['http://127.0.0.1:3001', 'http://127.0.0.1:3001'],
    ['http://localhost:3001/api/1/', 'http://localhost:3001'],
  ])

  it.each(['', '   ', 'not a url', 'ftp://data.gouv.fr', 'javascript:alert(1)', 'intranet'])(
    'rejects %j',
    (input) => {
      expect(normalizeInstanceUrl(input)).toBeUndefined()
    },
  )
})

describe('instance links', () => {
  it('points to the API key section of the profile', () => {
    expect(apiKeysPageUrl('https://www.data.gouv.fr')).toBe(
      'https://www.data.gouv.fr/fr/admin/me/profile',
    )
  })

  it('names an instance by its host', () => {
    expect(instanceHost('http://127.0.0.1:3001')).toBe('127.0.0.1:3001')
    expect(instanceHost('https://www.data.gouv.fr')).toBe('www.data.gouv.fr')
  })
})
