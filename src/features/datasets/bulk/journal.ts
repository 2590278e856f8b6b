import {
  openDB,
  wrap,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
} from 'idb'
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

/** The two stores, as they have been since version 1 (a change needs an upgrade step). */
interface JournalSchema extends DBSchema {
  jobs: { key: string; value: JobHeader; indexes: { by_scope: [string, string] } }
  items: { key: [string, string]; value: ItemRecord; indexes: { by_job: string } }
}

type JournalDatabase = IDBPDatabase<JournalSchema>

function createStores(db: JournalDatabase) {
  const jobs = db.createObjectStore('jobs', { keyPath: 'id' })
  jobs.createIndex('by_scope', ['instance', 'organization_id'])
  const items = db.createObjectStore('items', { keyPath: ['job_id', 'dataset_id'] })
  items.createIndex('by_job', 'job_id')
}

/**
 * `openDB` with another factory than the page's `indexedDB` (tests and the benchmark give
 * fake-indexeddb's): what idb's `openDB` does, on the factory's own request.
 */
async function openDatabase(factory: IDBFactory | undefined, name: string) {
  if (!factory) return openDB<JournalSchema>(name, version, { upgrade: createStores })
  const request = factory.open(name, version)
  // idb types a wrapped database by the schema it was opened with; here it is this one's.
  request.addEventListener('upgradeneeded', () =>
    createStores(wrap(request.result) as unknown as JournalDatabase),
  )
  return (await wrap(request)) as unknown as JournalDatabase
}

type ReadWrite = IDBPTransaction<JournalSchema, ('jobs' | 'items')[], 'readwrite'>

/** Within a readwrite transaction on both stores: the job and all its items. */
async function deleteWithItems(transaction: ReadWrite, jobId: string) {
  const items = transaction.objectStore('items')
  const keys = await items.index('by_job').getAllKeys(jobId)
  await Promise.all([
    transaction.objectStore('jobs').delete(jobId),
    ...keys.map((key) => items.delete(key)),
  ])
}

function withoutJobId(record: ItemRecord): JobItem {
  const item: Partial<ItemRecord> = { ...record }
  delete item.job_id
  return item as JobItem
}

export async function openJournal(
  options: { factory?: IDBFactory; name?: string } = {},
): Promise<Journal> {
  const db = await openDatabase(options.factory, options.name ?? databaseName)

  /** One readwrite transaction: resolves once it is committed, rejects if it aborts. */
  async function write<Stores extends ('jobs' | 'items')[]>(
    stores: Stores,
    action: (transaction: IDBPTransaction<JournalSchema, Stores, 'readwrite'>) => Promise<unknown>,
  ): Promise<void> {
    const transaction = db.transaction(stores, 'readwrite')
    await Promise.all([action(transaction), transaction.done])
  }

  function putItems(
    store: IDBPObjectStore<JournalSchema, ('jobs' | 'items')[], 'items', 'readwrite'>,
    jobId: string,
    items: readonly JobItem[],
  ) {
    return Promise.all(
      items.map((item) => store.put({ ...item, job_id: jobId } satisfies ItemRecord)),
    )
  }

  return {
    saveJob: (job) =>
      write(['jobs', 'items'], (transaction) => {
        const { items, ...header } = job
        return Promise.all([
          transaction.objectStore('jobs').put(header),
          putItems(transaction.objectStore('items'), job.id, items),
        ])
      }),
    saveHeader: (header) =>
      write(['jobs'], (transaction) => transaction.objectStore('jobs').put(header)),
    saveItems: (jobId, items) =>
      write(['items'], (transaction) => putItems(transaction.objectStore('items'), jobId, items)),
    async loadJob(jobId) {
      const transaction = db.transaction(['jobs', 'items'], 'readonly')
      const header = await transaction.objectStore('jobs').get(jobId)
      if (!header) return undefined
      const records = await transaction.objectStore('items').index('by_job').getAll(jobId)
      return {
        ...header,
        items: records.map(withoutJobId).sort((a, b) => a.position - b.position),
      }
    },
    async listJobs({ instance, user_id, organization_id }) {
      const all =
        organization_id === undefined
          ? await db.getAll('jobs')
          : await db.getAllFromIndex('jobs', 'by_scope', [instance, organization_id])
      // A handful of jobs per browser: filtering here spares a schema upgrade, which every open
      // tab of an older version would block.
      const headers = all.filter(
        (header) => header.instance === instance && header.user_id === user_id,
      )
      return headers.sort((a, b) => b.created_at.localeCompare(a.created_at))
    },
    adoptOrphans: ({ instance, organization_id, user_id }) =>
      write(['jobs'], async (transaction) => {
        const store = transaction.objectStore('jobs')
        const headers = await store.index('by_scope').getAll([instance, organization_id])
        await Promise.all(
          headers
            .filter((header) => header.user_id === undefined)
            .map((header) => store.put({ ...header, user_id })),
        )
      }),
    deleteJob: (jobId) =>
      write(['jobs', 'items'], (transaction) => deleteWithItems(transaction, jobId)),
    pruneClosed: (before) =>
      write(['jobs', 'items'], async (transaction) => {
        const headers = await transaction.objectStore('jobs').getAll()
        await Promise.all(
          headers
            .filter((header) => isClosed(header) && header.updated_at < before)
            .map((header) => deleteWithItems(transaction, header.id)),
        )
      }),
    close: () => db.close(),
  }
}
