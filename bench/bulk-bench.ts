// Bulk engine throughput (not a test): add a tag to 500 datasets against the sandbox over HTTP
// with 50 ms latency per request. Each dataset costs one GET and one PUT, so the lower bound is
// 2 × latency × 500 ÷ concurrency. Reports the wall time as a ratio to that bound, and against a
// one-at-a-time run of the same job. The engine runs in Node as is: it does not depend on React.
import { spawn, spawnSync } from 'node:child_process'
import { type Row, waitFor, writeResult } from './common.ts'

// The engine imports `@/…`; tsx resolves it with the node tsconfig's paths, so re-run under it.
if (!process.env.TSX_TSCONFIG_PATH) {
  const child = spawnSync('npx', ['tsx', process.argv[1] ?? 'bench/bulk-bench.ts'], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
  })
  process.exit(child.status ?? 1)
}

const { JobRunner } = await import('../src/features/bulk/apply.ts')
const { createBulkApi } = await import('../src/features/bulk/bulk-api.ts')
const { createJob } = await import('../src/features/bulk/job.ts')
const { buildPlan } = await import('../src/features/bulk/plan.ts')
const { apiFetch } = await import('../src/api/client.ts')
type DatasetV2 = import('../src/features/datasets/types.ts').DatasetV2
type PaginatedArray<T> = import('../src/api/pagination.ts').PaginatedArray<T>

const port = Number(process.env.BULK_BENCH_PORT ?? 3194)
const instance = `http://127.0.0.1:${port}`
const latencyMs = 50
const datasetCount = 500

async function setFaults(faults: Record<string, unknown>) {
  const response = await fetch(`${instance}/_sandbox/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  })
  if (!response.ok) throw new Error(`faults: ${response.status}`)
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

  await setFaults({ latency_ms: latencyMs })
  const api = createBulkApi(auth)

  async function run(concurrency: number, tag: string) {
    // Planned on the current state: every dataset gains the tag, so every one is written.
    const fresh = await Promise.all(selected.map((dataset) => api.getDataset(dataset.id)))
    const plan = buildPlan({ kind: 'add-tags', tags: [tag] }, fresh)
    const job = createJob({ plan, instance, organization_id: admin!.organization_id!, concurrency })
    const runner = new JobRunner(job, { api, concurrency, notify_interval_ms: 1000 })
    const started = performance.now()
    const done = await runner.start()
    const seconds = (performance.now() - started) / 1000
    runner.dispose()
    if (done.counts.done !== datasetCount)
      throw new Error(`c=${concurrency}: ${JSON.stringify(done.counts)}`)
    return seconds
  }

  const lowerBound = (concurrency: number) => (2 * latencyMs * datasetCount) / concurrency / 1000
  const c4 = await run(4, 'bench-c4')
  const c8 = await run(8, 'bench-c8')
  const c1 = await run(1, 'bench-c1')
  await setFaults({})

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
    rows,
  })
  for (const row of rows)
    console.log(`${row.measure}: ${row.value} (${row.compared_to}; ratio ${row.ratio})`)
} finally {
  // The sandbox runs in its own process group (npx → tsx → node): stop the whole group, and
  // do not fail the benchmark if it is already gone.
  try {
    if (sandbox.pid) process.kill(-sandbox.pid)
  } catch {
    // already stopped
  }
}
