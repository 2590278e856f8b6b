// Bulk engine throughput (not a test): add a tag to 500 datasets against the sandbox over HTTP
// with 50 ms latency per request. Each dataset costs one GET and one PUT, so the lower bound is
// 2 × latency × 500 ÷ concurrency. Reports the wall time as a ratio to that bound, and against a
// one-at-a-time run of the same job. The engine runs in Node as is: it does not depend on React.
// It journals into fake-indexeddb as a tab journals into IndexedDB, so the engine's own work per
// item (journal transactions, snapshots) is counted; and the concurrency-4 job runs again beside
// CPU-bound processes, because a browser tab shares its CPU and that is where that work shows.
// Beside each concurrency-4 job runs its floor: the same GET and PUT per dataset, through the same
// HTTP client and sandbox, with no engine: what the machine, Node's fetch and the sandbox (which
// runs on this CPU too, unlike udata) cost apart from the engine.
import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, getPriority, loadavg } from 'node:os'
// The journal's idb knows IndexedDB objects by the global classes (IDBRequest…), which Node lacks.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { rerunUnderTsx, type Row, setSandboxFaults, startSandbox, writeResult } from './common.ts'

rerunUnderTsx('bench/bulk-bench.ts')

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

const latencyMs = 50
const datasetCount = 500

/**
 * One busy loop per core but one (at least one), each ending by itself after two minutes so that
 * a benchmark killed half-way leaves nothing spinning; stopped as soon as the loaded run is over.
 * They inherit this process's priority, as the sandbox does: all three share the CPU alike.
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

/** Time spent awaiting the API's calls, summed over every slot, to say where a run's time went. */
type Waits = { get: number; put: number }

function timed(inner: BulkApi, waits: Waits): BulkApi {
  const wait = async <T>(phase: keyof Waits, call: () => Promise<T>) => {
    const started = performance.now()
    try {
      return await call()
    } finally {
      waits[phase] += performance.now() - started
    }
  }
  return {
    getDataset: (id, signal) => wait('get', () => inner.getDataset(id, signal)),
    putDataset: (fresh, changes, signal) =>
      wait('put', () => inner.putDataset(fresh, changes, signal)),
    deleteDataset: (id, signal) => inner.deleteDataset(id, signal),
  }
}

const sandbox = await startSandbox('BULK_SANDBOX', 3194)
const { instance, auth, organizationId } = sandbox

try {
  const datasets: DatasetV2[] = []
  let url: string | null =
    `/api/2/datasets/?organization=${organizationId}&deleted=false&sort=-created&page_size=100`
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

  /** Measures `job` and the CPU of both processes while it runs. */
  async function measure(job: (on: BulkApi) => Promise<void>, on: BulkApi) {
    const waits: Waits = { get: 0, put: 0 }
    const cpu = process.cpuUsage()
    const sandboxCpu = groupCpuMs(sandbox.server.pid)
    const started = performance.now()
    await job(timed(on, waits))
    const seconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    const sandboxUsed =
      sandboxCpu === null ? null : (groupCpuMs(sandbox.server.pid) ?? 0) - sandboxCpu
    return {
      seconds,
      // This process's CPU (engine, journal, and HTTP client unless `on` is in memory), not the
      // sandbox's, which runs apart.
      cpuMsPerItem: (used.user + used.system) / 1000 / datasetCount,
      sandboxCpuMsPerItem: sandboxUsed === null ? null : sandboxUsed / datasetCount,
      getMs: waits.get / datasetCount,
      putMs: waits.put / datasetCount,
    }
  }

  async function run(concurrency: number, tag: string, on: BulkApi = api) {
    // Planned on the current state: every dataset gains the tag, so every one is written.
    const fresh = await Promise.all(selected.map((dataset) => on.getDataset(dataset.id)))
    const plan = buildPlan({ kind: 'add-tags', tags: [tag] }, fresh)
    const job = createJob({ plan, instance, organizationId, concurrency })
    await journal.saveJob(job)
    return measure(async (timedApi) => {
      const runner = new JobRunner(job, { api: timedApi, journal, concurrency })
      // The job page's subscription: it reads a snapshot each time it is told of a change.
      const unsubscribe = runner.subscribe(() => runner.getSnapshot())
      const done = await runner.start()
      unsubscribe()
      runner.dispose()
      if (done.counts.done !== datasetCount)
        throw new Error(`c=${concurrency}: ${JSON.stringify(done.counts)}`)
    }, on)
  }

  /**
   * The floor on this machine: the same GET and PUT per dataset, through the same client and
   * the same sandbox, `concurrency` at a time, with no engine and no journal.
   */
  function bare(concurrency: number, tag: string) {
    return measure(async (timedApi) => {
      const queue = [...selected]
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const fresh = (await timedApi.getDataset(next.id)) as DatasetV2
          await timedApi.putDataset(fresh, { tags: [...fresh.tags, tag] })
        }
      }
      await Promise.all(Array.from({ length: concurrency }, worker))
    }, api)
  }

  const lowerBound = (concurrency: number) => (2 * latencyMs * datasetCount) / concurrency / 1000
  // Concurrency 8 first: it also warms both processes up (JIT, connections) for the others.
  const c8 = await run(8, 'bench-c8')
  const quiet = await run(4, 'bench-c4')
  const bareQuiet = await bare(4, 'bench-bare')
  const load = startCpuLoad()
  const niceness = [process.pid, sandbox.server.pid, ...load.map((child) => child.pid)].map(
    (pid) => (pid === undefined ? '?' : getPriority(pid)),
  )
  let loaded: Awaited<ReturnType<typeof run>>
  let bareLoaded: Awaited<ReturnType<typeof bare>>
  try {
    loaded = await run(4, 'bench-c4-loaded')
    bareLoaded = await bare(4, 'bench-bare-loaded')
  } finally {
    for (const child of load) child.kill()
  }
  const c1 = await run(1, 'bench-c1')
  // The same job on the same datasets held in memory, without latency: what is left is the
  // engine's and the journal's own work, without Node's HTTP client (a browser's is native).
  const engineOnly = await run(4, 'bench-engine', inMemoryApi(selected))
  await setSandboxFaults(instance, {})
  journal.close()

  const ratio = (seconds: number, concurrency: number) =>
    (seconds / lowerBound(concurrency)).toFixed(2)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const rows: Row[] = [
    {
      benchmark: 'bulk',
      measure: `add a tag to ${datasetCount} datasets, concurrency 4, ${latencyMs} ms latency`,
      value: `${quiet.seconds.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(4).toFixed(1)} s (2 × ${latencyMs} ms × ${datasetCount} ÷ 4)`,
      ratio: ratio(quiet.seconds, 4),
    },
    {
      benchmark: 'bulk',
      measure: `same job, concurrency 4, beside ${load.length} CPU-bound process(es) (nice ${niceness.join('/')}: bench/sandbox/load)`,
      value: `${loaded.seconds.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(4).toFixed(1)} s (quiet: ${ratio(quiet.seconds, 4)}, one at a time: ${ratio(c1.seconds, 1)})`,
      ratio: ratio(loaded.seconds, 4),
    },
    {
      benchmark: 'bulk',
      measure: `same job, one at a time`,
      value: `${c1.seconds.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(1).toFixed(1)} s`,
      ratio: ratio(c1.seconds, 1),
    },
    {
      benchmark: 'bulk',
      measure: `same job, concurrency 8`,
      value: `${c8.seconds.toFixed(1)} s`,
      compared_to: `lower bound ${lowerBound(8).toFixed(1)} s`,
      ratio: ratio(c8.seconds, 8),
    },
    {
      benchmark: 'bulk',
      measure: `the engine vs its floor: the same GET and PUT per dataset, 4 at a time, no engine nor journal`,
      value: `${quiet.seconds.toFixed(1)} s vs ${bareQuiet.seconds.toFixed(1)} s quiet (floor × ${ratio(bareQuiet.seconds, 4)} the bound)`,
      compared_to: `loaded: ${loaded.seconds.toFixed(1)} s vs ${bareLoaded.seconds.toFixed(1)} s (floor × ${ratio(bareLoaded.seconds, 4)}, engine ÷ floor ${(loaded.seconds / bareLoaded.seconds).toFixed(2)})`,
      ratio: (quiet.seconds / bareQuiet.seconds).toFixed(2),
    },
    {
      benchmark: 'bulk',
      measure: `a request as the engine awaits it (latency ${latencyMs} ms), concurrency 4`,
      value: `GET ${ms(quiet.getMs)}, PUT ${ms(quiet.putMs)} quiet; ${ms(loaded.getMs)}, ${ms(loaded.putMs)} loaded`,
      compared_to: `floor: ${ms(bareQuiet.getMs)}, ${ms(bareQuiet.putMs)} quiet; ${ms(bareLoaded.getMs)}, ${ms(bareLoaded.putMs)} loaded; slots busy ${((100 * (quiet.getMs + quiet.putMs)) / ((quiet.seconds * 1000 * 4) / datasetCount)).toFixed(0)} %`,
    },
    {
      benchmark: 'bulk',
      measure: `client CPU per dataset, concurrency 4: engine and journal alone (in-memory API)`,
      value: ms(engineOnly.cpuMsPerItem),
      compared_to: `with Node's HTTP client: ${ms(quiet.cpuMsPerItem)} quiet, ${ms(loaded.cpuMsPerItem)} loaded; the floor's client ${ms(bareQuiet.cpuMsPerItem)}`,
      ratio: (engineOnly.cpuMsPerItem / quiet.cpuMsPerItem).toFixed(2),
    },
    {
      benchmark: 'bulk',
      measure: `sandbox CPU per dataset (its GET and PUT), concurrency 4`,
      value:
        quiet.sandboxCpuMsPerItem === null
          ? 'not measured (no /proc)'
          : `${ms(quiet.sandboxCpuMsPerItem)} quiet, ${ms(loaded.sandboxCpuMsPerItem ?? NaN)} loaded`,
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
    console.log(
      `${row.measure}: ${row.value}${row.compared_to ? ` (${row.compared_to})` : ''}${row.ratio ? `; ratio ${row.ratio}` : ''}`,
    )
  console.log(
    `load average (1, 5, 15 min): ${loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')}`,
  )
} finally {
  sandbox.stop()
}
