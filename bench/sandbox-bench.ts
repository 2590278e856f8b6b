// Sandbox benchmark (not a test): `npx tsx bench/sandbox-bench.ts`
// Serves the sandbox over HTTP on a free 127.0.0.1 port, measures the median time to serve a
// v2 page of 100 datasets with an admin key (against the 15 ms goal of issue 13), then fires
// 200 concurrent requests. The machine's load average is printed beside the figures.
import type { AddressInfo } from 'node:net'
import { loadavg } from 'node:os'
import { serve } from '@hono/node-server'
import { createSandbox } from '../sandbox/app.ts'
import { type Row, writeResult } from './common.ts'

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
const round = (n: number) => Math.round(n * 10) / 10

const createStart = performance.now()
const sandbox = createSandbox({ seed: 1 })
const createMs = performance.now() - createStart
const admin = sandbox.accounts.find((a) => a.id === 'admin')
if (!admin?.organization_id) throw new Error('no admin account')

const server = serve({ fetch: sandbox.fetch, hostname: '127.0.0.1', port: 0 })
await new Promise<void>((resolve) => server.once('listening', () => resolve()))
const port = (server.address() as AddressInfo).port
const base = `http://127.0.0.1:${port}`
const headers = { 'X-API-KEY': admin.api_key }
const pageUrl = `${base}/api/2/datasets/?organization=${admin.organization_id}&page_size=100&sort=-created`

async function timed(url: string): Promise<{ ms: number; ok: boolean }> {
  const t = performance.now()
  try {
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    return { ms: performance.now() - t, ok: res.ok }
  } catch {
    return { ms: performance.now() - t, ok: false }
  }
}

// warm-up, then sequential page timings
for (let i = 0; i < 3; i++) await timed(pageUrl)
const pageTimes: number[] = []
for (let i = 0; i < 25; i++) pageTimes.push((await timed(pageUrl)).ms)
pageTimes.sort((a, b) => a - b)

// 200 concurrent requests: a mix of list pages, items and reference lists
const urls: string[] = []
for (let i = 0; i < 200; i++) {
  const kind = i % 4
  urls.push(
    kind === 0
      ? `${base}/api/2/datasets/?organization=${admin.organization_id}&page=${(i % 20) + 1}&page_size=20`
      : kind === 1
        ? `${base}/api/1/me/`
        : kind === 2
          ? `${base}/api/1/datasets/frequencies/`
          : `${base}/api/2/reuses/?page=${(i % 5) + 1}`,
  )
}
const burstStart = performance.now()
const results = await Promise.all(urls.map((u) => timed(u)))
const burstMs = performance.now() - burstStart
const burst = results.map((r) => r.ms).sort((a, b) => a - b)
const errors = results.filter((r) => !r.ok).length

server.close()

/** The goal for a page of 100 datasets (issue 13): the sandbox must not be a test's bottleneck. */
const pageGoalMs = 15

const summary = {
  date: new Date().toISOString(),
  node: process.version,
  load_average: loadavg().map(round),
  create_sandbox_ms: round(createMs),
  v2_page_100_datasets: {
    runs: pageTimes.length,
    median_ms: round(percentile(pageTimes, 50)),
    p90_ms: round(percentile(pageTimes, 90)),
  },
  concurrent_200: {
    errors,
    p50_ms: round(percentile(burst, 50)),
    p99_ms: round(percentile(burst, 99)),
    total_ms: round(burstMs),
  },
}

// One row per figure, in the shape bench/run.ts gathers into its table.
const rows: Row[] = [
  {
    benchmark: 'sandbox',
    measure: 'createSandbox (full seed)',
    value: `${summary.create_sandbox_ms} ms`,
  },
  {
    benchmark: 'sandbox',
    measure: `v2 page of 100 datasets, median of ${pageTimes.length}`,
    value: `${summary.v2_page_100_datasets.median_ms} ms (p90 ${summary.v2_page_100_datasets.p90_ms} ms)`,
    compared_to: `goal ${pageGoalMs} ms (load average ${summary.load_average.join(', ')})`,
    ratio: (summary.v2_page_100_datasets.median_ms / pageGoalMs).toFixed(2),
  },
  {
    benchmark: 'sandbox',
    measure: '200 concurrent requests: errors, p50, p99',
    value: `${errors} errors, p50 ${summary.concurrent_200.p50_ms} ms, p99 ${summary.concurrent_200.p99_ms} ms`,
  },
]
for (const row of rows)
  console.log(`| ${row.measure} | ${row.value} | ${row.compared_to ?? ''} | ${row.ratio ?? ''} |`)

writeResult('sandbox', { ...summary, rows })
