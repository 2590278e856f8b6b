import { ApiError, NetworkError } from '@/api/client'
import { abortError, withRetries, type RetryPolicy } from '@/api/retry'
import { sendMultipart, type SendMultipart } from '@/api/upload-transport'
import { isChunked, planChunks, type Chunk } from './chunk-plan'
import type { ChunkAck, UploadedResource } from './types'

/** A new hosted resource on a dataset, or a new file for an existing hosted resource. */
export type UploadTarget = { datasetId: string; resourceId?: string }

export type UploadFileOptions = {
  target: UploadTarget
  file: File
  chunkSize: number
  signal?: AbortSignal
  /** bytes of the file known to be on the server (or in flight), out of file.size */
  onProgress?: (loaded: number) => void
  onRetry?: (retry: number, error: unknown) => void
  send?: SendMultipart
  policy?: RetryPolicy
  newUuid?: () => string
  /**
   * Looks on the server for the resource this upload creates. Called before the storing request
   * is sent again after a failure that may have happened once the server had stored the file.
   */
  findStored?: () => Promise<UploadedResource | undefined>
}

/**
 * A lost answer (dropped connection, timeout) or a gateway error does not say whether the
 * server stored the file; a 4xx or a 429 does: nothing was stored.
 */
export function mayHaveBeenStored(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)
}

export function uploadPath({ datasetId, resourceId }: UploadTarget): string {
  return resourceId
    ? `/api/1/datasets/${datasetId}/resources/${resourceId}/upload/`
    : `/api/1/datasets/${datasetId}/upload/`
}

function chunkForm(file: File, chunk: Chunk, uuid: string, totalparts: number): FormData {
  const form = new FormData()
  form.append('uuid', uuid)
  form.append('filename', file.name)
  form.append('partindex', String(chunk.index))
  form.append('partbyteoffset', String(chunk.offset))
  form.append('totalparts', String(totalparts))
  form.append('chunksize', String(chunk.size))
  form.append('file', file.slice(chunk.offset, chunk.offset + chunk.size), file.name)
  return form
}

/**
 * Uploads one file. Small files go in one request; larger ones follow udata's chunked protocol:
 * every chunk under one uuid (each retried on transient faults), then a final request without
 * `file` that makes the server combine the parts. When `signal` aborts, the final request is
 * never sent, so no resource appears (the orphan parts expire on the server after 24 h).
 */
export async function uploadFile({
  target,
  file,
  chunkSize,
  signal,
  onProgress,
  onRetry,
  send = sendMultipart,
  policy = {},
  newUuid = () => crypto.randomUUID(),
  findStored,
}: UploadFileOptions): Promise<UploadedResource> {
  const path = uploadPath(target)
  const chunks = planChunks(file.size, chunkSize)
  const scaled = (base: number, size: number) => (loaded: number, total: number) =>
    onProgress?.(base + (total > 0 ? Math.min(1, loaded / total) * size : 0))

  /** The request that creates the resource, retried without ever storing the file twice. */
  const store = (request: () => Promise<UploadedResource>) => {
    let uncertain = false
    return withRetries(
      async () => {
        const found = uncertain ? await findStored?.() : undefined
        if (found) return found
        try {
          return await request()
        } catch (error) {
          uncertain = mayHaveBeenStored(error)
          throw error
        }
      },
      { ...policy, signal, onRetry },
    )
  }

  if (!isChunked(chunks)) {
    return store(() => {
      const form = new FormData()
      form.append('file', file, file.name)
      const report = scaled(0, file.size)
      return send<UploadedResource>(path, form, {
        signal,
        onProgress: ({ loaded, total }) => report(loaded, total),
      })
    })
  }

  const uuid = newUuid()
  let done = 0
  for (const chunk of chunks) {
    const report = scaled(done, chunk.size)
    await withRetries(
      async () => {
        report(0, 1)
        const ack = await send<ChunkAck | undefined>(
          path,
          chunkForm(file, chunk, uuid, chunks.length),
          { signal, onProgress: ({ loaded, total }) => report(loaded, total) },
        )
        if (ack && ack.success === false) throw new Error(ack.error ?? 'Chunk refused')
      },
      { ...policy, signal, onRetry },
    )
    done += chunk.size
    onProgress?.(done)
  }
  if (signal?.aborted) throw abortError()
  const final = new FormData()
  final.append('uuid', uuid)
  final.append('filename', file.name)
  final.append('totalparts', String(chunks.length))
  // udata keeps the parts for 24 h, so a failed combination can be tried again.
  return store(() => send<UploadedResource>(path, final, { signal }))
}
