import { describe, expect, it } from 'vitest'
import type { DatasetListParams } from './dataset-list-params'
import {
  emptySelection,
  getDatasetSelection,
  isSelected,
  reconcileSelection,
  selectAllMatching,
  selectionCount,
  setDatasetSelection,
  setRowsSelected,
} from './dataset-selection'

const params: DatasetListParams = { organization: 'org', deleted: false, page: 3, page_size: 20 }

describe('dataset selection', () => {
  it('adds rows and pages without duplicates, and removes them', () => {
    let selection = setRowsSelected(emptySelection, ['a', 'b'], true)
    selection = setRowsSelected(selection, ['b', 'c'], true)
    expect(selection).toEqual({ kind: 'ids', ids: ['a', 'b', 'c'] })
    selection = setRowsSelected(selection, ['a'], false)
    expect(selection).toEqual({ kind: 'ids', ids: ['b', 'c'] })
    expect(selectionCount(selection)).toBe(2)
  })

  it('selects all matching from page 1 and counts the total', () => {
    const selection = selectAllMatching(params, 245)
    expect(selection).toEqual({ kind: 'all-matching', params: { ...params, page: 1 }, total: 245 })
    expect(selectionCount(selection)).toBe(245)
    expect(isSelected(selection, 'anything')).toBe(true)
  })

  it('unticking a row in "all matching" falls back to the visible rows minus it', () => {
    const selection = setRowsSelected(selectAllMatching(params, 245), ['b'], false, ['a', 'b', 'c'])
    expect(selection).toEqual({ kind: 'ids', ids: ['a', 'c'] })
  })

  it('drops "all matching" when the filters change, not when the page does', () => {
    const all = selectAllMatching(params, 245)
    expect(reconcileSelection(all, { ...params, page: 5, page_size: 50 })).toBe(all)
    expect(reconcileSelection(all, { ...params, q: 'eau' })).toEqual(emptySelection)
    const ids = setRowsSelected(emptySelection, ['a'], true)
    expect(reconcileSelection(ids, { ...params, q: 'eau' })).toBe(ids)
  })

  it('keeps one selection per organization', () => {
    setDatasetSelection('org-1', { kind: 'ids', ids: ['a'] })
    setDatasetSelection('org-2', { kind: 'ids', ids: ['b', 'c'] })
    expect(selectionCount(getDatasetSelection('org-1'))).toBe(1)
    expect(selectionCount(getDatasetSelection('org-2'))).toBe(2)
    setDatasetSelection('org-1', emptySelection)
    expect(getDatasetSelection('org-1')).toEqual(emptySelection)
  })
})
