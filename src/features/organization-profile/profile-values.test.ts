import { describe, expect, it } from 'vitest'
import {
  profileFormFields,
  sameFieldValue,
  toProfilePayload,
  toProfileValues,
  type ProfileFormValues,
} from './profile-values'
import type { Organization } from '@/features/organizations/types'
import { formDiff } from '@/test/form-diff'

const { changed, findConflicts } = formDiff(profileFormFields, sameFieldValue)

const org: Organization = {
  id: 'o1',
  name: 'Ministère',
  acronym: null,
  slug: 'ministere',
  description: 'Texte',
  url: 'https://example.gouv.fr/',
  business_number_id: '11000000100017',
  extras: {
    'check:x': 1,
    custom: [{ title: 'Direction', description: '', type: 'choice', choices: ['A', 'B'] }],
  },
}

describe('profile values', () => {
  it('sends only the changed keys, SIRET without spaces, other extras kept', () => {
    const base = toProfileValues(org)
    const values: ProfileFormValues = {
      ...base,
      acronym: 'MIN',
      business_number_id: '732 829 320 00074',
      custom: [...base.custom, { title: 'Code', description: 'd', type: 'str', choices: 'x' }],
    }
    const fields = changed(base, values)
    expect(fields).toEqual(['acronym', 'business_number_id', 'custom'])
    expect(toProfilePayload(values, fields, org.extras)).toEqual({
      acronym: 'MIN',
      business_number_id: '73282932000074',
      extras: {
        'check:x': 1,
        custom: [
          { title: 'Direction', description: '', type: 'choice', choices: ['A', 'B'] },
          { title: 'Code', description: 'd', type: 'str' },
        ],
      },
    })
    // spaces alone are no change
    expect(changed(base, { ...base, business_number_id: '110 000 001 00017' })).toEqual([])
  })

  it('removing every definition drops `custom` from extras', () => {
    const base = toProfileValues(org)
    const payload = toProfilePayload({ ...base, custom: [] }, ['custom'], org.extras)
    expect(payload).toEqual({ extras: { 'check:x': 1 } })
  })

  it('a conflict is a field both sides changed differently', () => {
    const base = toProfileValues(org)
    const mine = { ...base, name: 'Mine', acronym: 'A' }
    const server = { ...base, name: 'Theirs', description: 'Autre' }
    expect(findConflicts(base, mine, server)).toEqual(['name'])
    expect(findConflicts(base, mine, { ...server, name: 'Mine' })).toEqual([])
  })
})
