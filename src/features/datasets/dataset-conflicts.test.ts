import { describe, expect, it } from 'vitest'
import {
  allChosen,
  datasetVersion,
  defaultChoices,
  diffConflicts,
  resolveConflicts,
} from './dataset-conflicts'
import { emptyFormValues, toDatasetChanges, type DatasetFormValues } from './dataset-form-values'

const loaded: DatasetFormValues = {
  ...emptyFormValues,
  title: 'Qualité de l’air',
  description: 'Mesures',
  tags: ['air', 'pollution'],
  license: 'lov2',
  temporal_start: '2020-01-01',
  zones: [{ id: 'fr:region:53', name: 'Bretagne' }],
  contact_points: ['c1'],
}

describe('conflict diffing', () => {
  it('finds nothing when only one side changed nothing', () => {
    expect(diffConflicts(loaded, loaded, loaded)).toEqual([])
  })

  it('classifies fields changed by the server, by the user, or by both', () => {
    const server = { ...loaded, title: 'Titre serveur', description: 'Autre' }
    const mine = { ...loaded, title: 'Mon titre', acronym: 'QA' }
    const conflicts = diffConflicts(loaded, server, mine)
    expect(conflicts.map(({ field, kind }) => [field, kind])).toEqual([
      ['title', 'both'],
      ['acronym', 'mine'],
      ['description', 'server'],
    ])
    expect(conflicts[0]).toMatchObject({
      loaded: 'Qualité de l’air',
      server: 'Titre serveur',
      mine: 'Mon titre',
    })
  })

  it('does not report a field both sides changed to the same value', () => {
    const server = { ...loaded, tags: ['pollution', 'air', 'eau'] }
    const mine = { ...loaded, tags: ['air', 'eau', 'pollution'] }
    expect(diffConflicts(loaded, server, mine)).toEqual([])
  })

  it('compares zones by id and lists as sets', () => {
    const server = {
      ...loaded,
      zones: [{ id: 'fr:region:53', name: 'fr:region:53' }],
      contact_points: ['c1'],
    }
    expect(diffConflicts(loaded, server, loaded)).toEqual([])
  })

  it('waits for a choice on real clashes only', () => {
    const server = { ...loaded, title: 'Titre serveur', description: 'Autre' }
    const mine = { ...loaded, title: 'Mon titre', acronym: 'QA' }
    const conflicts = diffConflicts(loaded, server, mine)
    const choices = defaultChoices(conflicts)
    expect(choices).toEqual({ acronym: 'mine', description: 'server' })
    expect(allChosen(conflicts, choices)).toBe(false)
    expect(allChosen(conflicts, { ...choices, title: 'server' })).toBe(true)
  })

  it('resolves on top of the server state, and the save sends only the kept edits', () => {
    const server = { ...loaded, title: 'Titre serveur', description: 'Autre' }
    const mine = { ...loaded, title: 'Mon titre', acronym: 'QA' }
    const resolved = resolveConflicts(server, mine, {
      title: 'mine',
      acronym: 'mine',
      description: 'server',
    })
    expect(resolved).toEqual({ ...server, title: 'Mon titre', acronym: 'QA' })
    expect(toDatasetChanges(resolved, server)).toEqual({ title: 'Mon titre', acronym: 'QA' })
    const taken = resolveConflicts(server, mine, {
      title: 'server',
      acronym: 'mine',
      description: 'server',
    })
    expect(toDatasetChanges(taken, server)).toEqual({ acronym: 'QA' })
  })
})

describe('form values to API changes', () => {
  it('sends only changed fields, in udata’s shapes', () => {
    const values: DatasetFormValues = {
      ...loaded,
      acronym: '  ',
      frequency_date: '2027-01-15',
      temporal_end: '2021-12-31',
      zones: [],
      granularity: '',
      contact_points: [],
      private: false,
    }
    expect(toDatasetChanges(values, { ...loaded, private: true })).toEqual({
      frequency_date: '2027-01-15T00:00:00+00:00',
      temporal_coverage: { start: '2020-01-01', end: '2021-12-31' },
      spatial: null,
      contact_points: [],
      private: false,
    })
  })

  it('clears the temporal coverage when its start is emptied', () => {
    expect(toDatasetChanges({ ...loaded, temporal_start: '' }, loaded)).toEqual({
      temporal_coverage: null,
    })
  })
})

describe('datasetVersion', () => {
  const plain = { last_modified: '2025-04-07T06:15:30.658000+00:00' }

  it('is last_modified_internal when the server sends it', () => {
    // A harvested dataset edited by another client: last_modified stays the remote date.
    const harvested = {
      last_modified: '2024-11-02T00:00:00+00:00',
      internal: {
        created_at_internal: '2023-01-05T10:00:00+00:00',
        last_modified_internal: '2025-05-01T12:30:00.120000+00:00',
      },
    }
    expect(datasetVersion(harvested)).toBe('2025-05-01T12:30:00.120000+00:00')
  })

  it('falls back to last_modified when the answer has no internal dates', () => {
    expect(datasetVersion(plain)).toBe(plain.last_modified)
  })
})
