import { describe, expect, it } from 'vitest'
import { formDiff } from '@/test/form-diff'
import {
  dataserviceFormFields,
  emptyDataserviceFormValues,
  sameFieldValue,
  toDataservicePatch,
  toFormValues,
  toNewDataservice,
} from './dataservice-form-values'
import type { Dataservice } from './types'

const { changed } = formDiff(dataserviceFormFields, sameFieldValue)

const dataservice = {
  id: 'd1',
  slug: 'api',
  title: 'API',
  acronym: null,
  description: 'Texte',
  base_api_url: 'https://api.example.org/',
  machine_documentation_url: null,
  technical_documentation_url: null,
  business_documentation_url: null,
  authorization_request_url: null,
  availability: 99.5,
  availability_url: null,
  rate_limiting: null,
  rate_limiting_url: null,
  format: 'REST',
  license: null,
  tags: ['b-tag', 'a-tag'],
  private: false,
  access_type: 'restricted',
  access_audiences: [{ role: 'private', condition: 'no' }],
  access_type_reason_category: null,
  access_type_reason: null,
  contact_points: [],
  datasets: { rel: 'subsection', href: '', type: 'GET', total: 2 },
  created_at: '2026-01-01T00:00:00+00:00',
  metadata_modified_at: '2026-01-02T00:00:00+00:00',
  archived_at: null,
  deleted_at: null,
  harvest: null,
  organization: null,
} satisfies Dataservice

const linked = [
  { id: 'x', title: 'X' },
  { id: 'y', title: 'Y' },
]

describe('dataservice form values', () => {
  it('reads the API into the form (audiences per role, availability as text)', () => {
    const values = toFormValues(dataservice, linked)
    expect(values.availability).toBe('99.5')
    expect(values.access_audiences).toEqual({
      local_authority_and_administration: '',
      company_and_association: '',
      private: 'no',
    })
    expect(values.tags).toEqual(['a-tag', 'b-tag'])
    expect(values.datasets).toEqual(linked)
  })

  it('patches only what changed; a cleared URL is null; datasets go whole', () => {
    const base = toFormValues(dataservice, linked)
    const mine = {
      ...base,
      base_api_url: '  ',
      availability: '97,5',
      datasets: [...linked, { id: 'z', title: 'Z' }],
    }
    const fields = changed(base, mine)
    expect(fields).toEqual(['base_api_url', 'datasets', 'availability'])
    expect(toDataservicePatch(mine, fields)).toEqual({
      base_api_url: null,
      datasets: ['x', 'y', 'z'],
      availability: 97.5,
    })
  })

  it('sends the audiences as udata lists them, only the roles with a condition', () => {
    const base = toFormValues(dataservice, linked)
    const mine = {
      ...base,
      access_audiences: { ...base.access_audiences, company_and_association: 'yes' as const },
    }
    expect(toDataservicePatch(mine, changed(base, mine))).toEqual({
      access_audiences: [
        { role: 'company_and_association', condition: 'yes' },
        { role: 'private', condition: 'no' },
      ],
    })
  })

  it('creates a draft of the organization with the filled fields only', () => {
    const values = { ...emptyDataserviceFormValues, title: ' Nouvelle ', format: 'WMS' }
    expect(toNewDataservice(values, 'org')).toEqual({
      title: 'Nouvelle',
      format: 'WMS',
      private: true,
      organization: 'org',
    })
  })
})
