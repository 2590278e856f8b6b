/** udata's chunked upload protocol (reference/udata-api.md §4.4), as a pure plan of byte ranges. */
export type Chunk = {
  /** 0-based `partindex` */
  index: number
  /** `partbyteoffset` */
  offset: number
  /** `chunksize`: the byte size of this very chunk, which the server checks */
  size: number
}

export const defaultChunkSize = 20 * 1024 * 1024
/** Below this a chunk is pure overhead; it also keeps a typo from producing 100,000 requests. */
export const minChunkSize = 256 * 1024

/** The chunks of a file of `fileSize` bytes; one chunk means "send the file in one request". */
export function planChunks(fileSize: number, chunkSize: number): Chunk[] {
  if (!Number.isInteger(chunkSize) || chunkSize <= 0) throw new RangeError('chunk size must be > 0')
  if (fileSize <= chunkSize) return [{ index: 0, offset: 0, size: fileSize }]
  const chunks: Chunk[] = []
  for (let offset = 0, index = 0; offset < fileSize; offset += chunkSize, index++) {
    chunks.push({ index, offset, size: Math.min(chunkSize, fileSize - offset) })
  }
  return chunks
}

/** udata only uses the chunked protocol when there is more than one part. */
export function isChunked(chunks: Chunk[]): boolean {
  return chunks.length > 1
}
