// Health report for the big organization (not a test): the complete crawl against the sandbox
// over HTTP with 50 ms latency per request, at concurrency 4, for both ways of reading resources
// (v1 dataset pages with resources embedded, or v2 resource pages per dataset). Each is compared
// with its lower bound, requests × latency ÷ concurrency, and the bytes received are compared
// with the same crawl without X-Fields masks. Runs in Node: the crawl does not depend on React.
import { rerunUnderTsx, type Row, setSandboxFaults, startSandbox, writeResult } from './common.ts'

rerunUnderTsx('bench/health-bench.ts')

const { crawlOrganization } = await import('../src/features/datasets/health/crawl.ts')
const { buildReport } = await import('../src/features/datasets/health/analyse.ts')
type CrawlStrategy = import('../src/features/datasets/health/crawl.ts').CrawlStrategy

const latencyMs = 50
const concurrency = 4

// Counts what the crawl receives; `masks: false` sends the same requests without X-Fields.
const realFetch = globalThis.fetch
const traffic = { requests: 0, bytes: 0, masks: true }
globalThis.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers)
  if (!traffic.masks) headers.delete('X-Fields')
  const response = await realFetch(input, { ...init, headers })
  traffic.requests += 1
  traffic.bytes += (await response.clone().arrayBuffer()).byteLength
  return response
}

const sandbox = await startSandbox('HEALTH', 3196)
const { instance, auth, organizationId } = sandbox

try {
  async function run(strategy: CrawlStrategy, masks: boolean) {
    traffic.requests = 0
    traffic.bytes = 0
    traffic.masks = masks
    const started = performance.now()
    const input = await crawlOrganization(organizationId, { strategy, concurrency, auth })
    const report = buildReport(input, organizationId, Date.now())
    const seconds = (performance.now() - started) / 1000
    return { seconds, requests: traffic.requests, bytes: traffic.bytes, report }
  }

  // The sandbox generates seeded resources on first read: warm it up before timing anything.
  await run('embedded', true)
  await setSandboxFaults(instance, { latency_ms: latencyMs })
  const embedded = await run('embedded', true)
  const embeddedFull = await run('embedded', false)
  const paged = await run('paged', true)
  const pagedFull = await run('paged', false)
  await setSandboxFaults(instance, {})
  if (paged.report.broken_count !== embedded.report.broken_count)
    throw new Error('the two ways of reading disagree')

  const bound = (requests: number) => (requests * latencyMs) / concurrency / 1000
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`
  const scope = `${embedded.report.dataset_count} datasets, ${embedded.report.resource_count} resources`
  const rows: Row[] = [
    {
      benchmark: 'health',
      measure: `complete report, embedded resources (v1), ${scope}, concurrency ${concurrency}, ${latencyMs} ms latency`,
      value: `${embedded.seconds.toFixed(2)} s, ${embedded.requests} requests`,
      compared_to: `lower bound ${bound(embedded.requests).toFixed(2)} s (${embedded.requests} × ${latencyMs} ms ÷ ${concurrency})`,
      ratio: (embedded.seconds / bound(embedded.requests)).toFixed(2),
    },
    {
      benchmark: 'health',
      measure: `complete report, v2 resource pages per dataset, same organization`,
      value: `${paged.seconds.toFixed(2)} s, ${paged.requests} requests`,
      compared_to: `lower bound ${bound(paged.requests).toFixed(2)} s (${paged.requests} × ${latencyMs} ms ÷ ${concurrency})`,
      ratio: (paged.seconds / bound(paged.requests)).toFixed(2),
    },
    {
      benchmark: 'health',
      measure: `bytes received, embedded (v1) with X-Fields`,
      value: mb(embedded.bytes),
      compared_to: `without X-Fields: ${mb(embeddedFull.bytes)} in ${embeddedFull.seconds.toFixed(2)} s`,
      ratio: (embedded.bytes / embeddedFull.bytes).toFixed(2),
    },
    {
      benchmark: 'health',
      measure: `bytes received, v2 resource pages with X-Fields`,
      value: mb(paged.bytes),
      compared_to: `without X-Fields: ${mb(pagedFull.bytes)} in ${pagedFull.seconds.toFixed(2)} s`,
      ratio: (paged.bytes / pagedFull.bytes).toFixed(2),
    },
    {
      benchmark: 'health',
      measure: `embedded (v1) vs v2 resource pages, time`,
      value: `${embedded.seconds.toFixed(2)} s`,
      compared_to: `${paged.seconds.toFixed(2)} s`,
      ratio: (embedded.seconds / paged.seconds).toFixed(2),
    },
  ]
  writeResult('health', {
    date: new Date().toISOString(),
    latency_ms: latencyMs,
    concurrency,
    runs: Object.fromEntries(
      Object.entries({ embedded, embeddedFull, paged, pagedFull }).map(([name, r]) => [
        name,
        { seconds: r.seconds, requests: r.requests, bytes: r.bytes },
      ]),
    ),
    rows,
  })
  for (const row of rows)
    console.log(`${row.measure}: ${row.value} (${row.compared_to}; ratio ${row.ratio})`)
} finally {
  sandbox.stop()
}
