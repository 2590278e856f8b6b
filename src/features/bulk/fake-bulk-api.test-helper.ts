import { ApiError, NetworkError } from '@/api/client'
import { toDatasetPut } from '@/features/datasets/dataset-payload'
import { normalizeTags } from '@/api/tags'
import type { DatasetV2 } from '@/features/datasets/types'
import type { BulkApi } from './apply'

let counter = 0

/** A v2-shaped dataset with sensible defaults, for engine tests. */
export function makeDataset(overrides: Partial<DatasetV2> = {}): DatasetV2 {
  counter += 1
  const id = overrides.id ?? `ds${String(counter).padStart(22, '0')}`
  return {
    id,
    title: `Dataset ${counter}`,
    acronym: null,
    slug: `dataset-${counter}`,
    description: `Description of dataset ${counter}`,
    description_short: null,
    tags: ['transport'],
    license: 'lov2',
    frequency: 'monthly',
    frequency_date: null,
    temporal_coverage: { start: '2020-01-01', end: '2020-12-31' },
    spatial: { zones: ['fr:region:76'], granularity: 'fr:region' },
    private: false,
    archived: null,
    deleted: null,
    created_at: '2024-01-01T00:00:00+00:00',
    last_modified: '2024-01-01T00:00:00+00:00',
    last_update: '2024-01-01T00:00:00+00:00',
    organization: null,
    owner: null,
    badges: [],
    extras: {},
    harvest: null,
    contact_points: [],
    uri: `http://sandbox.test/api/1/datasets/${id}/`,
    page: `http://sandbox.test/datasets/${id}/`,
    permissions: { edit: true, delete: true },
    resources: { rel: 'subsection', href: '', type: 'GET', total: 0 },
    ...overrides,
  }
}

export type Call = { method: 'GET' | 'PUT' | 'DELETE'; id: string; at: number; body?: unknown }
export type Fault = (call: Call) => Error | undefined

/**
 * An in-memory udata for the runner: PUT semantics through the real `toDatasetPut`, tags
 * normalised like the server, DELETE as a soft delete, and faults injected per call.
 */
export function createFakeApi(datasets: DatasetV2[], options: { latencyMs?: number } = {}) {
  const store = new Map(datasets.map((dataset) => [dataset.id, structuredClone(dataset)]))
  const calls: Call[] = []
  let fault: Fault | undefined
  let inFlight = 0
  let maxInFlight = 0
  const hooks: Array<(call: Call) => void> = []

  async function call<T>(entry: Call, run: () => T): Promise<T> {
    calls.push(entry)
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs))
      for (const hook of hooks) hook(entry)
      const error = fault?.(entry)
      if (error) throw error
      return run()
    } finally {
      inFlight -= 1
    }
  }

  const api: BulkApi = {
    getDataset: (id) =>
      call({ method: 'GET', id, at: Date.now() }, () => {
        const found = store.get(id)
        if (!found) throw new ApiError(404, { message: 'Not found' })
        return structuredClone(found)
      }),
    putDataset: (fresh, changes) => {
      const body = toDatasetPut(fresh as DatasetV2, changes)
      return call({ method: 'PUT', id: fresh.id, at: Date.now(), body }, () => {
        const found = store.get(fresh.id)
        if (!found) throw new ApiError(404, { message: 'Not found' })
        if (found.deleted && body.deleted !== null)
          throw new ApiError(410, { message: 'Dataset has been deleted' })
        const { contact_points, ...rest } = body
        delete rest.deleted
        const next: DatasetV2 = {
          ...found,
          ...rest,
          tags: normalizeTags(body.tags),
          deleted: body.deleted === null ? null : found.deleted,
          contact_points:
            contact_points === undefined
              ? found.contact_points
              : (contact_points ?? []).map((cid) => ({
                  id: cid,
                  name: cid,
                  email: null,
                  role: 'contact',
                })),
          last_modified: new Date().toISOString(),
        }
        store.set(fresh.id, next)
        return structuredClone(next)
      })
    },
    deleteDataset: (id) =>
      call({ method: 'DELETE', id, at: Date.now() }, () => {
        const found = store.get(id)
        if (!found) throw new ApiError(404, { message: 'Not found' })
        if (found.deleted) throw new ApiError(410, { message: 'Dataset has been deleted' })
        store.set(id, { ...found, deleted: new Date().toISOString() })
      }),
  }

  return {
    api,
    store,
    calls,
    get maxInFlight() {
      return maxInFlight
    },
    setFault(next: Fault | undefined) {
      fault = next
    },
    /** Runs on every call, before faults: lets a test act as another client mid-job. */
    onCall(hook: (call: Call) => void) {
      hooks.push(hook)
    },
  }
}

export const serverError = () => new ApiError(503, { message: 'Service Unavailable' })
export const rateLimited = (ms: number) => new ApiError(429, { message: 'Too Many Requests' }, ms)
export const networkDown = () => new NetworkError('offline')
