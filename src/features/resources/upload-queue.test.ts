import { createUploadQueue, summarize, type RunContext } from './upload-queue'

type FakeFile = { name: string; size: number }

/** A run whose completion each test controls by hand. */
function controllableRun() {
  const pending = new Map<
    string,
    { resolve: (v: string) => void; reject: (e: unknown) => void; context: RunContext }
  >()
  let started = 0
  let maxRunning = 0
  const run = (item: { file: FakeFile }, context: RunContext) =>
    new Promise<string>((resolve, reject) => {
      started++
      pending.set(item.file.name, { resolve, reject, context })
      maxRunning = Math.max(maxRunning, pending.size)
      context.signal.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      )
    }).finally(() => pending.delete(item.file.name))
  return {
    run,
    pending,
    started: () => started,
    maxRunning: () => maxRunning,
  }
}

const files = (n: number): FakeFile[] =>
  Array.from({ length: n }, (_, i) => ({ name: `f${i}.csv`, size: 100 }))

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Uploads start once the limiter hands them a slot, a tick after they are added. */
const started = flush

describe('upload queue', () => {
  it('runs at most 3 uploads at once and starts the next as one finishes', async () => {
    const fake = controllableRun()
    const queue = createUploadQueue({ run: fake.run })
    queue.add(files(5), 'dataset')
    await started()
    expect(fake.pending.size).toBe(3)
    expect(queue.getSnapshot().map((i) => i.status)).toEqual([
      'uploading',
      'uploading',
      'uploading',
      'queued',
      'queued',
    ])
    fake.pending.get('f1.csv')?.resolve('r1')
    await flush()
    expect(fake.pending.size).toBe(3)
    expect(queue.getSnapshot()[1]).toMatchObject({ status: 'done', result: 'r1', loaded: 100 })
    for (const name of ['f0.csv', 'f2.csv', 'f3.csv']) fake.pending.get(name)?.resolve(name)
    await flush()
    fake.pending.get('f4.csv')?.resolve('r4')
    await queue.idle()
    expect(fake.maxRunning()).toBe(3)
    expect(fake.started()).toBe(5)
    expect(summarize(queue.getSnapshot())).toMatchObject({ total: 5, done: 5, active: 0 })
  })

  it('reports per-file progress and an overall sum', async () => {
    const fake = controllableRun()
    const queue = createUploadQueue({ run: fake.run })
    queue.add(files(2), 'dataset')
    await started()
    fake.pending.get('f0.csv')?.context.onProgress(50)
    fake.pending.get('f1.csv')?.context.onProgress(25)
    expect(queue.getSnapshot().map((i) => i.loaded)).toEqual([50, 25])
    expect(summarize(queue.getSnapshot())).toMatchObject({ loaded: 75, bytes: 200 })
  })

  it('cancels a running upload by aborting its signal and frees its slot', async () => {
    const fake = controllableRun()
    const queue = createUploadQueue({ run: fake.run })
    const [first] = queue.add(files(4), 'dataset')
    await started()
    const signal = fake.pending.get('f0.csv')?.context.signal
    queue.cancel(first ?? '')
    expect(signal?.aborted).toBe(true)
    await flush()
    expect(queue.getSnapshot()[0]?.status).toBe('cancelled')
    expect(fake.pending.has('f3.csv')).toBe(true)
    expect(summarize(queue.getSnapshot()).total).toBe(3)
  })

  it('cancels a queued upload before it starts', async () => {
    const fake = controllableRun()
    const queue = createUploadQueue({ run: fake.run })
    const ids = queue.add(files(4), 'dataset')
    await started()
    queue.cancel(ids[3] ?? '')
    expect(queue.getSnapshot()[3]?.status).toBe('cancelled')
    expect(fake.started()).toBe(3)
  })

  it('marks a failure and retries it on demand', async () => {
    const fake = controllableRun()
    const onDone = vi.fn()
    const queue = createUploadQueue({ run: fake.run, onDone })
    const [id] = queue.add(files(1), 'dataset')
    await started()
    const failure = new Error('refused')
    fake.pending.get('f0.csv')?.reject(failure)
    await flush()
    expect(queue.getSnapshot()[0]).toMatchObject({ status: 'failed', error: failure })
    queue.retry(id ?? '')
    await started()
    expect(queue.getSnapshot()[0]).toMatchObject({ status: 'uploading', error: undefined })
    fake.pending.get('f0.csv')?.resolve('ok')
    await queue.idle()
    expect(queue.getSnapshot()[0]?.status).toBe('done')
    expect(onDone).toHaveBeenCalledTimes(1)
    expect(fake.started()).toBe(2)
  })

  it('counts transient retries of the current attempt', async () => {
    const fake = controllableRun()
    const queue = createUploadQueue({ run: fake.run })
    queue.add(files(1), 'dataset')
    await started()
    fake.pending.get('f0.csv')?.context.onRetry(2, new Error('503'))
    expect(queue.getSnapshot()[0]?.retries).toBe(2)
  })

  it('clears finished items but keeps running ones', async () => {
    const fake = controllableRun()
    const queue = createUploadQueue({ run: fake.run })
    queue.add(files(2), 'dataset')
    await started()
    fake.pending.get('f0.csv')?.resolve('ok')
    await flush()
    queue.clearFinished()
    expect(queue.getSnapshot().map((i) => i.file.name)).toEqual(['f1.csv'])
  })
})
