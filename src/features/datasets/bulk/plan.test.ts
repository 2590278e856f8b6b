import { describe, expect, it } from 'vitest'
import { makeDataset } from './dataset-fixture.test-helper'
import { buildPlan, countWarnings } from './plan'

describe('buildPlan', () => {
  it('lists before/after of the fields that change, and unchanged datasets apart', () => {
    const tagged = makeDataset({ tags: ['bus', 'env'] })
    const plain = makeDataset({ tags: ['env'] })
    const plan = buildPlan({ kind: 'add-tags', tags: ['bus'] }, [tagged, plain])
    expect(plan.unchanged.map((item) => item.dataset_id)).toEqual([tagged.id])
    expect(plan.changed).toEqual([
      {
        dataset_id: plain.id,
        title: plain.title,
        touched: ['tags'],
        before: { tags: ['env'] },
        after: { tags: ['bus', 'env'] },
        warnings: [],
      },
    ])
  })

  it('only touches the fields find-and-replace really changes', () => {
    const dataset = makeDataset({ title: 'Budget 2023', description: 'Nothing here' })
    const plan = buildPlan(
      { kind: 'find-replace', find: '2023', replace: '2024', fields: ['title', 'description'] },
      [dataset],
    )
    expect(plan.changed[0]?.touched).toEqual(['title'])
    expect(plan.changed[0]?.before).toEqual({ title: 'Budget 2023' })
  })

  it('warns about harvested datasets, those the user may not edit, and invalid results', () => {
    const harvested = makeDataset({ harvest: { backend: 'dcat', remote_id: 'x' } })
    const readOnly = makeDataset({ permissions: { edit: false, delete: false } })
    const emptied = makeDataset({ title: 'Only' })
    const plan = buildPlan({ kind: 'find-replace', find: 'Only', replace: '', fields: ['title'] }, [
      makeDataset({ title: 'Only this' }),
      emptied,
    ])
    expect(plan.changed.map((item) => item.warnings)).toEqual([[], ['invalid']])
    expect(plan.changed[1]?.invalid_fields).toEqual(['title'])

    const tags = buildPlan({ kind: 'add-tags', tags: ['new'] }, [harvested, readOnly])
    expect(tags.changed.map((item) => item.warnings)).toEqual([['harvested'], ['no-permission']])
    expect(countWarnings(tags)).toEqual({ harvested: 1, 'no-permission': 1, invalid: 0 })
  })

  it('uses the delete permission for deletions, and treats a missing permissions field as allowed', () => {
    const canEditOnly = makeDataset({ permissions: { edit: true, delete: false } })
    const old = makeDataset({ permissions: undefined })
    const plan = buildPlan({ kind: 'delete' }, [canEditOnly, old])
    expect(plan.changed.map((item) => item.warnings)).toEqual([['no-permission'], []])
  })

  it('plans a dataset listed twice (paging on a sort with ties) once', () => {
    const dataset = makeDataset()
    const plan = buildPlan({ kind: 'add-tags', tags: ['twice'] }, [dataset, dataset])
    expect(plan.changed).toHaveLength(1)
  })

  // How fast it plans is bench/bulk-bench.ts's business: a timed assertion fails on a busy machine.
  it('plans 1,500 datasets', () => {
    const datasets = Array.from({ length: 1500 }, () => makeDataset())
    const plan = buildPlan({ kind: 'add-tags', tags: ['bulk'] }, datasets)
    expect(plan.changed).toHaveLength(1500)
  })
})
