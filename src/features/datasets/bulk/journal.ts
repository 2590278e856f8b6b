import {
  wrap,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
} from 'idb'
import { isClosed, type Job, type JobHeader, type JobItem } from './job'

/** Whose jobs: one account (`me.id`) on one instance. */
export type JobOwner = { instance: string; userId: string }

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
  listJobs(scope: JobOwner & { organizationId?: string }): Promise<JobHeader[]>
  /** Gives the organization's jobs that have no owner yet (older journals) to this account. */
  adoptOrphans(scope: JobOwner & { organizationId: string }): Promise<void>
  deleteJob(jobId: string): Promise<void>
  /** Removes finished and cancelled jobs last updated before `before` (ISO date). */
  pruneClosed(before: string): Promise<void>
  close(): void
}

const databaseName = 'udata-console-bulk'
/** 2: the headers' own fields in camelCase (version 1 spelt them as udata spells its own). */
const version = 2

type ItemRecord = JobItem & { job_id: string }

/**
 * The two stores, as they have been since version 1 (a change needs an upgrade step, which
 * waits until every tab that has an older version open closes it: IndexedDB's rule).
 */
interface JournalSchema extends DBSchema {
  jobs: { key: string; value: JobHeader; indexes: { by_scope: [string, string] } }
  items: { key: [string, string]; value: ItemRecord; indexes: { by_job: string } }
}

type JournalDatabase = IDBPDatabase<JournalSchema>

type Upgrade = IDBPTransaction<JournalSchema, StoreNames<JournalSchema>[], 'versionchange'>

/** A header as version 1 stored it. */
type HeaderV1 = Omit<
  JobHeader,
  'organizationId' | 'userId' | 'revertsJobId' | 'revertedByJobId'
> & {
  organization_id: string
  user_id?: string
  reverts_job_id?: string
  reverted_by_job_id?: string
}

function fromVersion1(old: HeaderV1): JobHeader {
  const { organization_id, user_id, reverts_job_id, reverted_by_job_id, ...header } = old
  return {
    ...header,
    organizationId: organization_id,
    ...(user_id === undefined ? {} : { userId: user_id }),
    ...(reverts_job_id === undefined ? {} : { revertsJobId: reverts_job_id }),
    ...(reverted_by_job_id === undefined ? {} : { revertedByJobId: reverted_by_job_id }),
  }
}

/**
 * Creates the stores, or brings an older journal's to this version, inside the upgrade's own
 * transaction: the journal opens once every record has the new shape, or not at all (the
 * transaction aborts, the old records stay as they were).
 */
async function upgrade(db: JournalDatabase, oldVersion: number, transaction: Upgrade) {
  if (oldVersion < 1) {
    const jobs = db.createObjectStore('jobs', { keyPath: 'id' })
    jobs.createIndex('by_scope', ['instance', 'organizationId'])
    const items = db.createObjectStore('items', { keyPath: ['job_id', 'dataset_id'] })
    items.createIndex('by_job', 'job_id')
    return
  }
  if (oldVersion < 2) {
    // Item records keep their fields (`job_id` and `dataset_id` key them); headers are renamed,
    // and the index that read `organization_id` reads `organizationId`.
    const jobs = transaction.objectStore('jobs')
    jobs.deleteIndex('by_scope')
    jobs.createIndex('by_scope', ['instance', 'organizationId'])
    for (let cursor = await jobs.openCursor(); cursor; cursor = await cursor.continue())
      await cursor.update(fromVersion1(cursor.value as unknown as HeaderV1))
  }
}

/**
 * What idb's `openDB` does, on a given factory's request (tests and the benchmark give
 * fake-indexeddb's; `openDB` only knows the page's `indexedDB`).
 */
async function openDatabase(factory: IDBFactory, name: string) {
  const request = factory.open(name, version)
  // idb types a wrapped database by the schema it was opened with; here it is this one's.
  request.addEventListener('upgradeneeded', (event) => {
    if (!request.transaction) return
    void upgrade(
      wrap(request.result) as unknown as JournalDatabase,
      event.oldVersion,
      wrap(request.transaction) as unknown as Upgrade,
    )
  })
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
  const db = await openDatabase(options.factory ?? indexedDB, options.name ?? databaseName)

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
    async listJobs({ instance, userId, organizationId }) {
      const all =
        organizationId === undefined
          ? await db.getAll('jobs')
          : await db.getAllFromIndex('jobs', 'by_scope', [instance, organizationId])
      // A handful of jobs per browser: filtering here spares a schema upgrade, which every open
      // tab of an older version would block.
      const headers = all.filter(
        (header) => header.instance === instance && header.userId === userId,
      )
      return headers.sort((a, b) => b.created_at.localeCompare(a.created_at))
    },
    adoptOrphans: ({ instance, organizationId, userId }) =>
      write(['jobs'], async (transaction) => {
        const store = transaction.objectStore('jobs')
        const headers = await store.index('by_scope').getAll([instance, organizationId])
        await Promise.all(
          headers
            .filter((header) => header.userId === undefined)
            .map((header) => store.put({ ...header, userId })),
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
