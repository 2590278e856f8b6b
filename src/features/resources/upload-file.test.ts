import { ApiError, NetworkError } from '@/api/client'
import type { RetryPolicy } from '@/api/retry'
import type { UploadedResource } from './types'
import { uploadFile, uploadPath, type UploadFileOptions } from './upload-file'
import type { SendMultipart } from '@/api/upload-transport'

type Call = { path: string; fields: Record<string, string>; fileSize?: number }

/** A fake transport: records each request and answers from a script (an error or a body). */
function fakeSend(script: (call: Call, n: number) => unknown) {
  const calls: Call[] = []
  const send: SendMultipart = <T>(
    path: string,
    form: FormData,
    options: Parameters<SendMultipart>[2] = {},
  ) => {
    const fields: Record<string, string> = {}
    let fileSize: number | undefined
    form.forEach((value, key) => {
      if (typeof value === 'string') fields[key] = value
      else fileSize = value.size
    })
    const call = { path, fields, fileSize }
    calls.push(call)
    if (options.signal?.aborted) return Promise.reject(new DOMException('x', 'AbortError'))
    options.onProgress?.({ loaded: (fileSize ?? 0) / 2, total: fileSize ?? 0 })
    const answer = script(call, calls.length)
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer as T)
  }
  return { send, calls }
}

const noWait: RetryPolicy = { retries: 3, delayMs: () => 0, sleep: () => Promise.resolve() }
const file = (size: number, name = 'data.csv') => new File([new Uint8Array(size)], name)
const resource = { id: 'r1', title: 'data.csv', success: true } as UploadedResource

/** uploadFile to dataset d1, in 10-byte chunks unless said otherwise, with no wait between retries. */
const upload = (send: SendMultipart, options: Partial<UploadFileOptions> & { file: File }) =>
  uploadFile({ target: { datasetId: 'd1' }, chunkSize: 10, policy: noWait, send, ...options })

describe('uploadFile', () => {
  it('sends a small file in one request to the dataset upload endpoint', async () => {
    const { send, calls } = fakeSend(() => resource)
    const progress: number[] = []
    const result = await upload(send, {
      file: file(10),
      chunkSize: 100,
      onProgress: (loaded) => progress.push(loaded),
    })
    expect(result).toEqual(resource)
    expect(calls).toEqual([{ path: '/api/1/datasets/d1/upload/', fields: {}, fileSize: 10 }])
    expect(progress).toEqual([5])
  })

  it('replaces the file of an existing resource through its own endpoint', () => {
    expect(uploadPath({ datasetId: 'd1', resourceId: 'r9' })).toBe(
      '/api/1/datasets/d1/resources/r9/upload/',
    )
  })

  it('follows the chunked protocol: parts with offsets and sizes, then a final combine', async () => {
    const { send, calls } = fakeSend((call) => (call.fileSize ? { success: true } : resource))
    const progress: number[] = []
    await upload(send, {
      file: file(25, 'big.csv'),
      newUuid: () => 'u-1',
      onProgress: (loaded) => progress.push(loaded),
    })
    expect(calls).toHaveLength(4)
    expect(calls.slice(0, 3).map((c) => [c.fields, c.fileSize])).toEqual(
      [0, 1, 2].map((i) => [
        {
          uuid: 'u-1',
          filename: 'big.csv',
          partindex: String(i),
          partbyteoffset: String(i * 10),
          totalparts: '3',
          chunksize: String(i === 2 ? 5 : 10),
        },
        i === 2 ? 5 : 10,
      ]),
    )
    expect(calls[3]).toEqual({
      path: '/api/1/datasets/d1/upload/',
      fields: { uuid: 'u-1', filename: 'big.csv', totalparts: '3' },
      fileSize: undefined,
    })
    expect(progress.at(-1)).toBe(25)
    expect(progress).toEqual([...progress].sort((a, b) => a - b).filter(() => true))
  })

  it('retries a chunk after transient failures (503, network) and then carries on', async () => {
    const { send, calls } = fakeSend((call, n) => {
      if (n === 2) return new ApiError(503, { message: 'busy' })
      if (n === 3) return new NetworkError('offline')
      return call.fileSize ? { success: true } : resource
    })
    const retries: number[] = []
    const result = await upload(send, { file: file(20), onRetry: (retry) => retries.push(retry) })
    expect(result).toEqual(resource)
    expect(retries).toEqual([1, 2])
    expect(calls.map((c) => c.fields.partindex ?? 'final')).toEqual(['0', '1', '1', '1', 'final'])
  })

  it('gives up after 3 retries of the same chunk and never sends the final request', async () => {
    const { send, calls } = fakeSend((call) =>
      call.fields.partindex === '1' ? new ApiError(502, 'Bad gateway') : { success: true },
    )
    await expect(upload(send, { file: file(20) })).rejects.toMatchObject({ status: 502 })
    expect(calls.map((c) => c.fields.partindex ?? 'final')).toEqual(['0', '1', '1', '1', '1'])
  })

  it('does not retry a refusal (4xx)', async () => {
    const { send, calls } = fakeSend(
      () => new ApiError(400, { message: 'This file type is not allowed.' }),
    )
    await expect(upload(send, { file: file(5, 'a.exe') })).rejects.toMatchObject({ status: 400 })
    expect(calls).toHaveLength(1)
  })

  it('retries the final combination when the server was busy', async () => {
    let finals = 0
    const { send } = fakeSend((call) => {
      if (call.fileSize) return { success: true }
      finals++
      return finals === 1 ? new ApiError(503, undefined) : resource
    })
    await expect(upload(send, { file: file(20) })).resolves.toEqual(resource)
    expect(finals).toBe(2)
  })

  it('stops at once when cancelled: no further chunk, no final request', async () => {
    const controller = new AbortController()
    const { send, calls } = fakeSend((call) => {
      if (call.fields.partindex === '1') controller.abort()
      return { success: true }
    })
    await expect(upload(send, { file: file(30), signal: controller.signal })).rejects.toMatchObject(
      { name: 'AbortError' },
    )
    expect(calls.map((c) => c.fields.partindex ?? 'final')).toEqual(['0', '1'])
  })

  it('waits between retries with growing delays', async () => {
    const waits: number[] = []
    const policy: RetryPolicy = {
      retries: 3,
      delayMs: (retry) => 100 * 2 ** (retry - 1),
      sleep: (ms) => {
        waits.push(ms)
        return Promise.resolve()
      },
    }
    const { send } = fakeSend((_call, n) => (n <= 3 ? new ApiError(503, undefined) : resource))
    await upload(send, { file: file(5), policy })
    expect(waits).toEqual([100, 200, 400])
  })

  it('after a lost answer, looks for the stored file before sending it again', async () => {
    const { send, calls } = fakeSend(() => new NetworkError('offline'))
    const stored = { ...resource, id: 'r-stored' }
    let looked = 0
    const result = await upload(send, {
      file: file(5),
      findStored: () => {
        looked += 1
        return Promise.resolve(stored)
      },
    })
    expect(result).toBe(stored)
    expect(looked).toBe(1)
    expect(calls).toHaveLength(1)
  })

  it('sends again when the server did not store it, and never looks after a 429', async () => {
    const answers = [new ApiError(502, undefined), new ApiError(429, undefined), resource]
    const { send, calls } = fakeSend((_call, n) => answers[n - 1])
    const looks: number[] = []
    await upload(send, {
      file: file(5),
      findStored: () => {
        looks.push(calls.length)
        return Promise.resolve(undefined)
      },
    })
    // One look after the 502 (before the 2nd send), none after the 429 (before the 3rd).
    expect(looks).toEqual([1])
    expect(calls).toHaveLength(3)
  })

  it('a lost answer to the final combination does not combine twice', async () => {
    const { send, calls } = fakeSend((call) =>
      call.fileSize ? { success: true } : new NetworkError('timeout'),
    )
    const result = await upload(send, {
      file: file(25),
      findStored: () => Promise.resolve(resource),
    })
    expect(result).toBe(resource)
    expect(calls.map((c) => c.fields.partindex ?? 'final')).toEqual(['0', '1', '2', 'final'])
  })
})
