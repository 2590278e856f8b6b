import { describe, expect, it } from 'vitest'
import { formDiff } from '@/test/form-diff'
import {
  emptyReuseFormValues,
  reuseFormFields,
  sameFieldValue,
  toReusePayload,
  type ReuseFormValues,
} from './reuse-form-values'

const { changed, findConflicts } = formDiff(reuseFormFields, sameFieldValue)

const base: ReuseFormValues = {
  ...emptyReuseFormValues,
  title: 'Carte',
  description: 'Une carte',
  url: 'https://example.org',
  type: 'application',
  topic: 'health',
  tags: ['sante'],
  datasets: [
    { id: 'd1', title: 'One' },
    { id: 'd2', title: 'Two' },
  ],
  private: false,
}

describe('reuse payload', () => {
  it('sends only changed fields, and the whole dataset list when it changed', () => {
    const mine = {
      ...base,
      title: 'Carte 2',
      datasets: [...base.datasets, { id: 'd3', title: 'Three' }],
    }
    const fields = changed(base, mine)
    expect(fields).toEqual(['title', 'datasets'])
    expect(toReusePayload(mine, fields)).toEqual({ title: 'Carte 2', datasets: ['d1', 'd2', 'd3'] })
  })

  it('turns the archived switch into a date or null, and normalises tags', () => {
    expect(toReusePayload({ ...base, archived: true }, ['archived'], () => 'NOW')).toEqual({
      archived: 'NOW',
    })
    expect(toReusePayload({ ...base, archived: false }, ['archived'])).toEqual({ archived: null })
    // A too-short tag is kept, so the server's refusal shows on the field instead of a silent loss.
    expect(toReusePayload({ ...base, tags: ['Santé', 'x'] }, ['tags'])).toEqual({
      tags: ['sante', 'x'],
    })
  })

  it('ignores surrounding spaces when deciding what changed', () => {
    expect(changed(base, { ...base, title: ' Carte ' })).toEqual([])
  })
})

describe('findConflicts', () => {
  it('reports only fields both sides changed to different values', () => {
    const mine = { ...base, title: 'Mine', description: 'Same edit' }
    const server = {
      ...base,
      title: 'Theirs',
      description: 'Same edit',
      topic: 'transport_and_mobility',
    }
    expect(findConflicts(base, mine, server)).toEqual(['title'])
  })
  it('finds none when the server changed other fields', () => {
    expect(
      findConflicts(base, { ...base, title: 'Mine' }, { ...base, url: 'https://other.org' }),
    ).toEqual([])
  })
})
