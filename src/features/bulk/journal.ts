import { isClosed, type Job, type JobHeader, type JobItem } from './job'

/** Whose jobs: one account (`me.id`) on one instance. */
export type JobOwner = { instance: string; user_id: string }

/**
 * Bulk jobs kept in IndexedDB, written as they progress, so that a reload, a crash or a
 * network cut loses nothing: the job can be found, resumed or reverted. Headers and items
 * live in separate stores so that one item's status is one small write, not the whole job.
 */
export type Journal = {
  saveJob(job: Job): Promise<void>
  saveHeader(header: JobHeader): Promise<void>
  saveItems(jobId: string, items: readonly JobItem[]): Promise<void>
  loadJob(jobId: string): Promise<Job | undefined>
  /** The owner's jobs, newest first: of one organization, or all of them. */
  listJobs(scope: JobOwner & { organization_id?: string }): Promise<JobHeader[]>
  /** Gives the organization's jobs that have no owner yet (older journals) to this account. */
  adoptOrphans(scope: JobOwner & { organization_id: string }): Promise<void>
  deleteJob(jobId: string): Promise<void>
  /** Removes finished and cancelled jobs last updated before `before` (ISO date). */
  pruneClosed(before: string): Promise<void>
  close(): void
}

const databaseName = 'udata-console-bulk'
const version = 1

type ItemRecord = JobItem & { job_id: string }

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

function completed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onabort = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
    transaction.onerror = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction failed'))
  })
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, version)
  request.onupgradeneeded = () => {
    const db = request.result
    const jobs = db.createObjectStore('jobs', { keyPath: 'id' })
    jobs.createIndex('by_scope', ['instance', 'organization_id'])
    const items = db.createObjectStore('items', { keyPath: ['job_id', 'dataset_id'] })
    items.createIndex('by_job', 'job_id')
  }
  return promised(request)
}

/** Within a readwrite transaction on both stores: the job and all its items. */
function deleteWithItems(transaction: IDBTransaction, jobId: string) {
  transaction.objectStore('jobs').delete(jobId)
  const items = transaction.objectStore('items')
  const cursor = items.index('by_job').openKeyCursor(jobId)
  cursor.onsuccess = () => {
    if (!cursor.result) return
    items.delete(cursor.result.primaryKey)
    cursor.result.continue()
  }
}

function withoutJobId(record: ItemRecord): JobItem {
  const item: Partial<ItemRecord> = { ...record }
  delete item.job_id
  return item as JobItem
}

export async function openJournal(
  options: { factory?: IDBFactory; name?: string } = {},
): Promise<Journal> {
  const db = await openDatabase(options.factory ?? indexedDB, options.name ?? databaseName)

  async function write(
    stores: string[],
    action: (transaction: IDBTransaction) => void,
  ): Promise<void> {
    const transaction = db.transaction(stores, 'readwrite')
    const done = completed(transaction)
    action(transaction)
    await done
  }

  return {
    saveJob: (job) =>
      write(['jobs', 'items'], (transaction) => {
        const { items, ...header } = job
        transaction.objectStore('jobs').put(header)
        const store = transaction.objectStore('items')
        for (const item of items) store.put({ ...item, job_id: job.id } satisfies ItemRecord)
      }),
    saveHeader: (header) =>
      write(['jobs'], (transaction) => {
        transaction.objectStore('jobs').put(header)
      }),
    saveItems: (jobId, items) =>
      write(['items'], (transaction) => {
        const store = transaction.objectStore('items')
        for (const item of items) store.put({ ...item, job_id: jobId } satisfies ItemRecord)
      }),
    async loadJob(jobId) {
      const transaction = db.transaction(['jobs', 'items'], 'readonly')
      const header = await promised<JobHeader | undefined>(
        transaction.objectStore('jobs').get(jobId) as IDBRequest<JobHeader | undefined>,
      )
      if (!header) return undefined
      const records = await promised(
        transaction.objectStore('items').index('by_job').getAll(jobId) as IDBRequest<ItemRecord[]>,
      )
      return {
        ...header,
        items: records.map(withoutJobId).sort((a, b) => a.position - b.position),
      }
    },
    async listJobs({ instance, user_id, organization_id }) {
      const store = db.transaction(['jobs'], 'readonly').objectStore('jobs')
      const request =
        organization_id === undefined
          ? store.getAll()
          : store.index('by_scope').getAll([instance, organization_id])
      // A handful of jobs per browser: filtering here spares a schema upgrade, which every open
      // tab of an older version would block.
      const headers = (await promised(request as IDBRequest<JobHeader[]>)).filter(
        (header) => header.instance === instance && header.user_id === user_id,
      )
      return headers.sort((a, b) => b.created_at.localeCompare(a.created_at))
    },
    adoptOrphans: ({ instance, organization_id, user_id }) =>
      write(['jobs'], (transaction) => {
        const store = transaction.objectStore('jobs')
        const request = store.index('by_scope').getAll([instance, organization_id])
        request.onsuccess = () => {
          for (const header of request.result as JobHeader[])
            if (header.user_id === undefined) store.put({ ...header, user_id })
        }
      }),
    deleteJob: (jobId) =>
      write(['jobs', 'items'], (transaction) => deleteWithItems(transaction, jobId)),
    pruneClosed: (before) =>
      write(['jobs', 'items'], (transaction) => {
        const request = transaction.objectStore('jobs').getAll()
        request.onsuccess = () => {
          for (const header of request.result as JobHeader[])
            if (isClosed(header) && header.updated_at < before)
              deleteWithItems(transaction, header.id)
        }
      }),
    close: () => db.close(),
  }
}
