import { defaultChunkSize, isChunked, planChunks } from './chunk-plan'

describe('planChunks', () => {
  it('keeps a file up to the chunk size in one request', () => {
    expect(planChunks(0, 10)).toEqual([{ index: 0, offset: 0, size: 0 }])
    expect(planChunks(10, 10)).toEqual([{ index: 0, offset: 0, size: 10 }])
    expect(isChunked(planChunks(10, 10))).toBe(false)
  })

  it('cuts a larger file into consecutive parts, the last one shorter', () => {
    const chunks = planChunks(25, 10)
    expect(chunks).toEqual([
      { index: 0, offset: 0, size: 10 },
      { index: 1, offset: 10, size: 10 },
      { index: 2, offset: 20, size: 5 },
    ])
    expect(isChunked(chunks)).toBe(true)
  })

  it('does not add an empty part when the size is an exact multiple', () => {
    expect(planChunks(30, 10).map((c) => c.size)).toEqual([10, 10, 10])
  })

  it('covers a 100 MB file with 20 MB parts exactly once', () => {
    const size = 100 * 1024 * 1024 + 123
    const chunks = planChunks(size, defaultChunkSize)
    expect(chunks).toHaveLength(6)
    expect(chunks.reduce((sum, c) => sum + c.size, 0)).toBe(size)
    chunks.forEach((chunk, i) => {
      expect(chunk.index).toBe(i)
      expect(chunk.offset).toBe(i * defaultChunkSize)
    })
    expect(chunks.at(-1)?.size).toBe(123)
  })

  it('refuses a chunk size that is not a positive integer', () => {
    expect(() => planChunks(10, 0)).toThrow(RangeError)
    expect(() => planChunks(10, 1.5)).toThrow(RangeError)
  })
})
