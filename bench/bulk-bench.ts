// Bulk engine throughput (not a test): add a tag to 500 datasets against the sandbox over HTTP
// with 50 ms latency per request. Each dataset costs one GET and one PUT, so the lower bound is
// 2 × latency × 500 ÷ concurrency. Reports the wall time as a ratio to that bound, and against a
// one-at-a-time run of the same job. The engine runs in Node as is: it does not depend on React.
// It journals into fake-indexeddb as a tab journals into IndexedDB, so the engine's own work per
// item (journal transactions, snapshots) is counted; and the concurrency-4 job runs again beside
// CPU-bound processes, because a browser tab shares its CPU and that is where that work shows.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
// The journal's idb knows IndexedDB objects by the global classes (IDBRequest…), which Node lacks.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import {
  benchPort,
  type Row,
  setSandboxFaults,
  stopProcessGroup,
  waitFor,
  writeResult,
} from './common.ts'

// The engine imports `@/…`; tsx resolves it with the node tsconfig's paths, so re-run under it.
if (!process.env.TSX_TSCONFIG_PATH) {
  const child = spawnSync('npx', ['tsx', process.argv[1] ?? 'bench/bulk-bench.ts'], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
  })
  process.exit(child.status ?? 1)
}

const { JobRunner } = await import('../src/features/datasets/bulk/apply.ts')
const { createBulkApi } = await import('../src/features/datasets/bulk/bulk-api.ts')
const { createJob } = await import('../src/features/datasets/bulk/job.ts')
const { buildPlan } = await import('../src/features/datasets/bulk/plan.ts')
const { openJournal } = await import('../src/features/datasets/bulk/journal.ts')
const { toDatasetPut } = await import('../src/features/datasets/dataset-payload.ts')
const { apiFetch } = await import('../src/api/client.ts')
type DatasetV2 = import('../src/features/datasets/types.ts').DatasetV2
type BulkApi = import('../src/features/datasets/bulk/apply.ts').BulkApi
type PaginatedArray<T> = import('../src/api/pagination.ts').PaginatedArray<T>

/**
 * The datasets held in memory, the PUT body still built as the console builds it: what is left
 * of a run is the engine's and the journal's own work.
 */
function inMemoryApi(datasets: DatasetV2[]): BulkApi {
  const store = new Map(datasets.map((dataset) => [dataset.id, structuredClone(dataset)]))
  const read = (id: string): DatasetV2 => {
    const found = store.get(id)
    if (!found) throw new Error(`no dataset ${id}`)
    return structuredClone(found)
  }
  const keep = (dataset: DatasetV2) => {
    store.set(dataset.id, dataset)
    return structuredClone(dataset)
  }
  return {
    getDataset: (id) => Promise.resolve(read(id)),
    putDataset: (fresh, changes) => {
      const { tags } = toDatasetPut(fresh as DatasetV2, changes)
      return Promise.resolve(keep({ ...read(fresh.id), tags }))
    },
    deleteDataset: (id) => {
      keep({ ...read(id), deleted: new Date().toISOString() })
      return Promise.resolve()
    },
  }
}

const port = benchPort('BULK_SANDBOX', 3194)
const instance = `http://127.0.0.1:${port}`
const latencyMs = 50
const datasetCount = 500

/**
 * One busy loop per core but one (at least one), each ending by itself after two minutes so that
 * a benchmark killed half-way leaves nothing spinning; stopped as soon as the loaded run is over.
 */
function startCpuLoad(): ChildProcess[] {
  const count = Math.max(1, availableParallelism() - 1)
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'const end = Date.now() + 120000; while (Date.now() < end);'], {
      stdio: 'ignore',
    }),
  )
}

/**
 * CPU time (ms) used so far by the processes of one group, from /proc (Linux; null elsewhere):
 * the sandbox answers every request of the job, so its share of the CPU counts too.
 */
function groupCpuMs(pgid: number | undefined): number | null {
  if (pgid === undefined) return null
  try {
    let ticks = 0
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      let stat: string
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      } catch {
        continue // ended meanwhile
      }
      // After "pid (comm) ": state, ppid, pgrp, …, utime (14th field), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12])
    }
    return ticks * 10 // USER_HZ is 100 on Linux
  } catch {
    return null
  }
}

const sandbox = spawn(
  'npx',
  ['tsx', 'sandbox/cli.ts', '--port', String(port), '--seed', '1', '--quiet'],
  {
    stdio: 'ignore',
    detached: true,
  },
)

try {
  await waitFor(`${instance}/_sandbox/health`)
  const accounts = (await (await fetch(`${instance}/_sandbox/accounts`)).json()) as Array<{
    id: string
    api_key: string
    organization_id: string | null
  }>
  const admin = accounts.find((account) => account.id === 'admin')
  if (!admin?.organization_id) throw new Error('no admin account')
  const auth = { instance, apiKey: admin.api_key }

  const datasets: DatasetV2[] = []
  let url: string | null =
    `/api/2/datasets/?organization=${admin.organization_id}&deleted=false&sort=-created&page_size=100`
  while (url && datasets.length < datasetCount) {
    const page: PaginatedArray<DatasetV2> = await apiFetch<PaginatedArray<DatasetV2>>(url, auth)
    for (const dataset of page.data)
      if (!datasets.some((known) => known.id === dataset.id)) datasets.push(dataset)
    url = page.next_page
  }
  const selected = datasets.slice(0, datasetCount)
  if (selected.length < datasetCount) throw new Error(`only ${selected.length} datasets`)

  await setSandboxFaults(instance, { latency_ms: latencyMs })
  const api = createBulkApi(auth)
  const journal = await openJournal({ factory: new IDBFactory() })

  async function run(concurrency: number, tag: string, on: BulkApi = api) {
    // Planned on the current state: every dataset gains the tag, so every one is written.
    const fresh = await Promise.all(selected.map((dataset) => on.getDataset(dataset.id)))
    const plan = buildPlan({ kind: 'add-tags', tags: [tag] }, fresh)
    const job = createJob({ plan, instance, organization_id: admin!.organization_id!, concurrency })
    await journal.saveJob(job)
    // The job page's subscription: it reads a snapshot each time it is told of a change.
    const runner = new JobRunner(job, { api: on, journal, concurrency })
    const unsubscribe = runner.subscribe(() => runner.getSnapshot())
    const cpu = process.cpuUsage()
    const sandboxCpu = groupCpuMs(sandbox.pid)
    const started = performance.now()
    const done = await runner.start()
    const seconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    const sandboxUsed = sandboxCpu === null ? null : (groupCpuMs(sandbox.pid) ?? 0) - sandboxCpu
    unsubscribe()
    runner.dispose()
    if (done.counts.done !== datasetCount)
      throw new Error(`c=${concurrency}: ${JSON.stringify(done.counts)}`)
    // This process's CPU (engine, journal, and HTTP client unless `on` is in memory), not the
    // sandbox's, which runs apart.
    const cpuMsPerItem = (used.user + used.system) / 1000 / datasetCount
    const sandboxCpuMsPerItem = sandboxUsed === null ? null : sandboxUsed / datasetCount
    return { seconds, cpuMsPerItem, sandboxCpuMsPerItem }
  }

  const lowerBound = (concurrency: number) => (2 * latencyMs * datasetCount) / concurrency / 1000
  // Concurrency 8 first: it also warms both processes up (JIT, connections) for the others.
  const c8 = (await run(8, 'bench-c8')).seconds
  const quiet = await run(4, 'bench-c4')
  const load = startCpuLoad()
  let loaded: Awaited<ReturnType<typeof run>>
  try {
    loaded = await run(4, 'bench-c4-loaded')
  } finally {
    for (const child of load) child.kill()
  }
  const c1 = (await run(1, 'bench-c1')).seconds
  // The same job on the same datasets held in memory, without latency: what is left is the
  // engine's and the journal's own work, without Node's HTTP client (a browser's is native).
  const engineOnly = await run(4, 'bench-engine', inMemoryApi(selected))
  await setSandboxFaults(instance, {})
  journal.close()
  const c4 = quiet.seconds

  const rows: Row[] = [
    {
      benchmark: 'bulk',
      measure: `add a tag to ${datasetCount} datasets, concurrency 4, ${latencyMs} ms latency`,
      value: `${c4.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(4).toFixed(1)} s (2 × ${latencyMs} ms × ${datasetCount} ÷ 4)`,
      ratio: (c4 / lowerBound(4)).toFixed(2),
    },
    {
      benchmark: 'bulk',
      measure: `same job, concurrency 4, beside ${load.length} CPU-bound process(es)`,
      value: `${loaded.seconds.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(4).toFixed(1)} s (quiet: ${(c4 / lowerBound(4)).toFixed(2)}, one at a time: ${(c1 / lowerBound(1)).toFixed(2)})`,
      ratio: (loaded.seconds / lowerBound(4)).toFixed(2),
    },
    {
      benchmark: 'bulk',
      measure: `client CPU per dataset, concurrency 4: engine and journal alone (in-memory API)`,
      value: `${engineOnly.cpuMsPerItem.toFixed(2)} ms`,
      compared_to: `with Node's HTTP client: ${quiet.cpuMsPerItem.toFixed(2)} ms quiet, ${loaded.cpuMsPerItem.toFixed(2)} ms loaded`,
      ratio: (engineOnly.cpuMsPerItem / quiet.cpuMsPerItem).toFixed(2),
    },
    {
      benchmark: 'bulk',
      measure: `sandbox CPU per dataset (its GET and PUT), concurrency 4`,
      value:
        quiet.sandboxCpuMsPerItem === null
          ? 'not measured (no /proc)'
          : `${quiet.sandboxCpuMsPerItem.toFixed(2)} ms quiet, ${loaded.sandboxCpuMsPerItem?.toFixed(2)} ms loaded`,
    },
    {
      benchmark: 'bulk',
      measure: `same job, concurrency 4`,
      value: `${c4.toFixed(1)} s`,
      compared_to: `one at a time: ${c1.toFixed(1)} s`,
      ratio: (c4 / c1).toFixed(2),
    },
    {
      benchmark: 'bulk',
      measure: `same job, one at a time`,
      value: `${c1.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(1).toFixed(1)} s`,
      ratio: (c1 / lowerBound(1)).toFixed(2),
    },
    {
      benchmark: 'bulk',
      measure: `same job, concurrency 8`,
      value: `${c8.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(8).toFixed(1)} s`,
      ratio: (c8 / lowerBound(8)).toFixed(2),
    },
  ]
  writeResult('bulk', {
    date: new Date().toISOString(),
    latency_ms: latencyMs,
    datasets: datasetCount,
    load_average: loadavg(),
    rows,
  })
  for (const row of rows)
    console.log(`${row.measure}: ${row.value} (${row.compared_to}; ratio ${row.ratio})`)
} finally {
  stopProcessGroup(sandbox)
}
