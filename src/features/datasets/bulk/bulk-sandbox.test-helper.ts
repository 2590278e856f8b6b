import { vi } from 'vitest'
import { isSessionExpired, reconnect } from '@/api/session-expiry'
import type { DatasetV2 } from '@/features/datasets/types'
import { startSignedIn, testInstance } from '@/test/sandbox'
import type { BulkApi } from './apply'
import { bulkDatasetFields, createBulkApi } from './bulk-api'

/** `at`: when the console sent it; `answeredAt`: when its answer was handed back. */
export type Call = { method: string; id: string; at: number; answeredAt?: number; body?: unknown }

/** What a test may set on a dataset it creates (the sandbox gives the rest, as udata would). */
export type DatasetSeed = Partial<
  Pick<
    DatasetV2,
    | 'title'
    | 'description'
    | 'tags'
    | 'license'
    | 'frequency'
    | 'temporal_coverage'
    | 'private'
    | 'archived'
    | 'deleted'
  >
>

const datasetPath = /^\/api\/[12]\/datasets\/([^/]+)\/$/

let counter = 0

/**
 * The engine against the in-process sandbox, signed in as its organization's admin: the real
 * `createBulkApi` over `apiFetch`, the sandbox's own faults (`setFaults`), and, seen from the
 * console's side, each dataset call it makes (`calls`, `maxInFlight`, `onCall`).
 */
export function startBulkSandbox() {
  const { sandbox, account, organizationId, call } = startSignedIn('admin')
  // A key refused by a test's fault stays refused for the next test's (same seeded) key.
  if (isSessionExpired()) reconnect(account.api_key)
  const calls: Call[] = []
  const hooks: Array<(call: Call) => unknown> = []
  let inFlight = 0
  let maxInFlight = 0

  const routed = globalThis.fetch
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    const id = datasetPath.exec(url.pathname)?.[1]
    if (!id) return routed(input, init)
    const entry: Call = { method: init.method ?? 'GET', id: decodeURIComponent(id), at: Date.now() }
    if (typeof init.body === 'string') entry.body = JSON.parse(init.body) as unknown
    calls.push(entry)
    // Before the sandbox sees the call: a hook may act as another client, or set faults for it.
    for (const hook of hooks) await hook(entry)
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      return await routed(input, init)
    } finally {
      inFlight -= 1
      entry.answeredAt = Date.now()
    }
  })

  async function setFaults(faults: Record<string, unknown>) {
    await call('/_sandbox/faults', 'PUT', faults)
  }

  /** A dataset as udata has it now, read by the test, not by the engine. */
  function dataset(id: string): Promise<DatasetV2> {
    return sandbox
      .fetch(
        new Request(`${testInstance}/api/2/datasets/${encodeURIComponent(id)}/`, {
          headers: { 'X-API-KEY': account.api_key, 'X-Fields': bulkDatasetFields },
        }),
      )
      .then((response) => response.json() as Promise<DatasetV2>)
  }

  /** Creates the organization's datasets, in order, and reads each back as the engine does. */
  async function makeDatasets(seeds: DatasetSeed[]): Promise<DatasetV2[]> {
    const made: DatasetV2[] = []
    for (const { deleted, archived, ...seed } of seeds) {
      counter += 1
      const created = await call<{ id: string }>('/api/1/datasets/', 'POST', {
        title: `Dataset ${counter}`,
        description: `Description of dataset ${counter}`,
        organization: organizationId,
        tags: ['transport'],
        license: 'lov2',
        frequency: 'monthly',
        temporal_coverage: { start: '2020-01-01', end: '2020-12-31' },
        ...seed,
        ...(archived ? { archived } : {}),
      })
      if (deleted) await call(`/api/1/datasets/${created.id}/`, 'DELETE')
      made.push(await dataset(created.id))
    }
    return made
  }

  /**
   * Another client's PUT of `changes`. udata empties the tags and the temporal coverage a PUT
   * leaves out: they are sent back as they are.
   */
  async function editAsAnotherClient(id: string, changes: Partial<DatasetV2>) {
    const current = await call<DatasetV2>(`/api/1/datasets/${id}/`)
    const { tags, temporal_coverage } = current
    await call(`/api/1/datasets/${id}/`, 'PUT', { tags, temporal_coverage, ...changes })
  }

  const api: BulkApi = createBulkApi()
  return {
    api,
    calls,
    get maxInFlight() {
      return maxInFlight
    },
    onCall(hook: (call: Call) => unknown) {
      hooks.push(hook)
    },
    setFaults,
    dataset,
    makeDatasets,
    editAsAnotherClient,
    organizationId,
  }
}

export type BulkSandbox = ReturnType<typeof startBulkSandbox>
