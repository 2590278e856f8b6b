import { moveItem, sameOrder } from './reorder'

describe('moveItem', () => {
  it('moves up, down, to the ends, and clamps', () => {
    expect(moveItem(['a', 'b', 'c'], 1, 0)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a'])
  })
  it('leaves the list alone for an unknown index and never mutates it', () => {
    const list = ['a', 'b']
    expect(moveItem(list, 5, 0)).toEqual(['a', 'b'])
    moveItem(list, 0, 1)
    expect(list).toEqual(['a', 'b'])
  })
  it('compares orders', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true)
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false)
  })
})
