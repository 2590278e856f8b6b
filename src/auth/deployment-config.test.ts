import { describe, expect, it } from 'vitest'
import { parseDeploymentConfig } from './deployment-config'

describe('parseDeploymentConfig', () => {
  it('reads the instances, by origin, with texts in one or both languages', () => {
    const config = JSON.stringify({
      instances: [
        { url: 'https://data.public.lu/fr/', label: 'data.public.lu' },
        {
          url: 'https://www.data.gouv.fr',
          label: { fr: 'Plateforme nationale', en: 'National platform' },
          hint: { fr: 'La France', en: 'France' },
        },
      ],
    })
    expect(parseDeploymentConfig(config)).toEqual({
      kind: 'ok',
      instances: [
        { origin: 'https://data.public.lu', label: 'data.public.lu', hint: undefined },
        {
          origin: 'https://www.data.gouv.fr',
          label: { fr: 'Plateforme nationale', en: 'National platform' },
          hint: { fr: 'La France', en: 'France' },
        },
      ],
    })
  })

  it.each([
    ['not JSON', '{ instances: [', 'JSON'],
    ['an empty list', '{"instances":[]}', 'instances'],
    [
      'plain http',
      '{"instances":[{"url":"http://data.example.org","label":"x"}]}',
      'instances.0.url',
    ],
    ['no host name', '{"instances":[{"url":"https://localhost","label":"x"}]}', 'instances.0.url'],
    [
      'a label in one language only',
      '{"instances":[{"url":"https://a.org","label":{"fr":"a"}}]}',
      'instances.0.label',
    ],
    [
      'an unknown key',
      '{"instances":[{"url":"https://a.org","label":"a","name":"a"}]}',
      'instances.0',
    ],
    ['a misspelt top-level key', '{"instance":[]}', 'instances'],
  ])('points at the problem: %s', (_, text, where) => {
    expect(parseDeploymentConfig(text)).toEqual({ kind: 'invalid', where })
  })
})
