import pLimit from 'p-limit'

/**
 * A small upload queue: at most `concurrency` runs at once (udata's front uses 3), per-item
 * progress, cancel, retry. Pure TypeScript with no React and no network: `run` does the work.
 */
export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled'

export type QueueFile = { readonly name: string; readonly size: number }

export type QueueItem<F extends QueueFile, T, R> = {
  id: string
  file: F
  target: T
  status: UploadStatus
  /** bytes sent, out of file.size */
  loaded: number
  /** transient faults retried so far in the current attempt */
  retries: number
  error?: unknown
  result?: R
}

export type RunContext = {
  signal: AbortSignal
  onProgress: (loaded: number) => void
  onRetry: (retry: number, error: unknown) => void
}

export type UploadQueueOptions<F extends QueueFile, T, R> = {
  concurrency?: number
  run: (item: QueueItem<F, T, R>, context: RunContext) => Promise<R>
  onDone?: (item: QueueItem<F, T, R>) => void
  isAbort?: (error: unknown) => boolean
}

export type QueueSummary = {
  total: number
  active: number
  done: number
  failed: number
  loaded: number
  bytes: number
}

export type UploadQueue<F extends QueueFile, T, R> = {
  add: (files: F[], target: T) => string[]
  cancel: (id: string) => void
  retry: (id: string) => void
  remove: (id: string) => void
  clearFinished: () => void
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => readonly QueueItem<F, T, R>[]
  /** resolves when nothing is queued or running */
  idle: () => Promise<void>
}

export function summarize(items: readonly QueueItem<QueueFile, unknown, unknown>[]): QueueSummary {
  const counted = items.filter((item) => item.status !== 'cancelled')
  return {
    total: counted.length,
    active: counted.filter((i) => i.status === 'queued' || i.status === 'uploading').length,
    done: counted.filter((i) => i.status === 'done').length,
    failed: counted.filter((i) => i.status === 'failed').length,
    loaded: counted.reduce((sum, i) => sum + (i.status === 'done' ? i.file.size : i.loaded), 0),
    bytes: counted.reduce((sum, i) => sum + i.file.size, 0),
  }
}

let nextId = 1

export function createUploadQueue<F extends QueueFile, T, R>({
  concurrency = 3,
  run,
  onDone,
  isAbort = (error) => error instanceof DOMException && error.name === 'AbortError',
}: UploadQueueOptions<F, T, R>): UploadQueue<F, T, R> {
  let items: readonly QueueItem<F, T, R>[] = []
  const controllers = new Map<string, AbortController>()
  const listeners = new Set<() => void>()
  let idleWaiters: (() => void)[] = []
  // The slots, first come first served; an item waits for one while it is `queued`.
  const limit = pLimit(concurrency)

  const emit = () => {
    for (const listener of listeners) listener()
  }
  const update = (id: string, patch: Partial<QueueItem<F, T, R>>) => {
    items = items.map((item) => (item.id === id ? { ...item, ...patch } : item))
    emit()
  }
  const find = (id: string) => items.find((item) => item.id === id)

  const settleIdle = () => {
    if (items.some((item) => item.status === 'queued' || item.status === 'uploading')) return
    const waiters = idleWaiters
    idleWaiters = []
    waiters.forEach((resolve) => resolve())
  }

  /** Waits for a slot; an item cancelled, removed or already started meanwhile is let go. */
  const enqueue = (id: string) => {
    void limit(() => {
      const item = find(id)
      return item?.status === 'queued' ? start(item) : undefined
    })
  }

  const start = (item: QueueItem<F, T, R>) => {
    const controller = new AbortController()
    controllers.set(item.id, controller)
    update(item.id, { status: 'uploading', loaded: 0, retries: 0, error: undefined })
    const current = () => find(item.id)
    return run(current() ?? item, {
      signal: controller.signal,
      onProgress: (loaded) => {
        if (!controller.signal.aborted) update(item.id, { loaded })
      },
      onRetry: (retries) => {
        if (!controller.signal.aborted) update(item.id, { retries })
      },
    })
      .then((result) => {
        if (controller.signal.aborted) return
        update(item.id, { status: 'done', loaded: item.file.size, result })
        const done = current()
        if (done) onDone?.(done)
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return
        update(item.id, { status: 'failed', error })
      })
      .finally(() => {
        if (controllers.get(item.id) === controller) controllers.delete(item.id)
        settleIdle()
      })
  }

  const cancel = (id: string) => {
    const item = find(id)
    if (!item || (item.status !== 'queued' && item.status !== 'uploading')) return
    controllers.get(id)?.abort()
    controllers.delete(id)
    update(id, { status: 'cancelled' })
    settleIdle()
  }

  return {
    add(files, target) {
      const added = files.map((file) => ({
        id: `upload-${nextId++}`,
        file,
        target,
        status: 'queued' as const,
        loaded: 0,
        retries: 0,
      }))
      items = [...items, ...added]
      emit()
      for (const item of added) enqueue(item.id)
      return added.map((item) => item.id)
    },
    cancel,
    retry(id) {
      const item = find(id)
      if (!item || (item.status !== 'failed' && item.status !== 'cancelled')) return
      update(id, { status: 'queued', loaded: 0, retries: 0, error: undefined })
      enqueue(id)
    },
    remove(id) {
      cancel(id)
      items = items.filter((item) => item.id !== id)
      emit()
    },
    clearFinished() {
      items = items.filter((item) => item.status === 'queued' || item.status === 'uploading')
      emit()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => items,
    idle() {
      if (!items.some((item) => item.status === 'queued' || item.status === 'uploading')) {
        return Promise.resolve()
      }
      return new Promise((resolve) => idleWaiters.push(resolve))
    },
  }
}
