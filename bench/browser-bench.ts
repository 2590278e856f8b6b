// Browser-side figures in Chromium against the production build and the sandbox at 50 ms latency:
// first rows of the datasets table vs the bare API round trip, API requests per view, requests on
// returning to a page already seen, JS heap after paging through 50 pages, and bundle sizes.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { buildAndServe, median, type Row, signIn, writeResult } from './common.ts'

const latencyMs = 50
const runs = 5

function gzipSizes(dir: string, pattern: RegExp): number[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => gzipSync(readFileSync(join(dir, name))).length)
}

function countApiRequests(page: Page) {
  const urls: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(`${sandboxUrl}/api/`) && request.method() !== 'OPTIONS')
      urls.push(request.url())
  })
  return urls
}

const servers = buildAndServe('BROWSER', { sandbox: 3191, console: 4291 }, latencyMs)
const { sandboxUrl, consoleUrl } = servers

try {
  const { apiKey, organizationId } = await servers.ready()
  const datasetsPath = `/organizations/${organizationId}/datasets`

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--js-flags=--expose-gc',
    ],
  })
  const context = await browser.newContext({ locale: 'fr-FR' })
  await signIn(context, sandboxUrl, apiKey)

  // Time to first rows, each run in a fresh page (no React Query cache; HTTP cache warm after the
  // first). Split at the moment the list request leaves: before it, loading and running the code;
  // after it, the API round trips and rendering the rows.
  const firstRows: number[] = []
  const apiPhase: number[] = []
  let listRequests: string[] = []
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage()
    const requests = countApiRequests(page)
    await page.goto(`${consoleUrl}${datasetsPath}`)
    await page.locator('table tbody tr').first().waitFor()
    const { now, listSent } = await page.evaluate(() => ({
      now: performance.now(),
      listSent: performance
        .getEntriesByType('resource')
        .find((entry) => /\/api\/2\/datasets\/\?.*page_size=(20|50|100)\b/.test(entry.name))
        ?.startTime,
    }))
    firstRows.push(now)
    if (listSent !== undefined) apiPhase.push(now - listSent)
    listRequests = requests
    await page.close()
  }

  // The bare lower bound: the same list request, straight from Node, with the same latency.
  const listUrl = listRequests.find(
    (url) => url.includes('/api/2/datasets/') && !url.includes('page_size=1&'),
  )
  const bare: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    await (
      await fetch(listUrl ?? `${sandboxUrl}/api/2/datasets/?organization=${organizationId}`, {
        headers: { 'X-API-KEY': apiKey },
      })
    ).json()
    bare.push(performance.now() - start)
  }

  // Requests per view, and what returning to a page already seen costs.
  const page = await context.newPage()
  const requests = countApiRequests(page)
  const perView: Record<string, number> = {}
  for (const [view, path] of [
    ['organization home', `/organizations/${organizationId}`],
    ['datasets table', datasetsPath],
  ] as const) {
    requests.length = 0
    await page.goto(`${consoleUrl}${path}`)
    await page.waitForLoadState('networkidle')
    perView[view] = requests.length
  }
  await page.locator('table tbody tr').first().waitFor()
  await page
    .getByRole('link', { name: /Page suivante/ })
    .first()
    .click()
  await page.waitForLoadState('networkidle')
  requests.length = 0
  await page.goBack()
  await page.locator('table tbody tr').first().waitFor()
  await page.waitForLoadState('networkidle')
  const onReturn = requests.length

  // Heap after paging through 50 pages, compared with the heap on the first page.
  const cdp = await context.newCDPSession(page)
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  const heapFirst = await heap()
  for (let n = 0; n < 50; n += 1) {
    const next = page.getByRole('link', { name: /Page suivante/ }).first()
    const url = page.url()
    await next.click()
    await page.waitForURL((u) => u.toString() !== url, { waitUntil: 'commit' })
    // keepPreviousData shows the old rows until the new page arrives: wait for its number.
    await page
      .getByText(new RegExp(`Page ${n + 2} sur`))
      .first()
      .waitFor()
  }
  await page.waitForLoadState('networkidle')
  const heapAfter = await heap()
  await browser.close()

  const js = gzipSizes('dist/assets', /\.js$/)
  const entry = gzipSizes('dist/assets', /^index-.*\.js$/)
  const css = gzipSizes('dist/dsfr', /\.css$/).concat(gzipSizes('dist/assets', /\.css$/))
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const rows: Row[] = [
    {
      benchmark: 'datasets table',
      measure: `navigation → first rows (median of ${runs}, ${latencyMs} ms latency)`,
      value: `${median(firstRows).toFixed(0)} ms`,
      compared_to: `bare list request ${median(bare).toFixed(0)} ms`,
      ratio: (median(firstRows) / median(bare)).toFixed(2),
    },
    {
      benchmark: 'datasets table',
      measure: 'list request sent → first rows (API round trips and render)',
      value: `${median(apiPhase).toFixed(0)} ms`,
      compared_to: `bare list request ${median(bare).toFixed(0)} ms`,
      ratio: (median(apiPhase) / median(bare)).toFixed(2),
    },
    ...Object.entries(perView).map(([view, count]) => ({
      benchmark: 'requests per view',
      measure: view,
      value: String(count),
    })),
    {
      benchmark: 'requests per view',
      measure: 'back to a page already seen',
      value: String(onReturn),
    },
    {
      benchmark: 'JS heap',
      measure: 'after paging through 50 pages',
      value: kB(heapAfter),
      compared_to: `first page ${kB(heapFirst)}`,
      ratio: (heapAfter / heapFirst).toFixed(2),
    },
    { benchmark: 'bundle', measure: 'entry JS (gzip)', value: kB(sum(entry)) },
    { benchmark: 'bundle', measure: `all JS, ${js.length} chunks (gzip)`, value: kB(sum(js)) },
    { benchmark: 'bundle', measure: 'all CSS files, every route (gzip)', value: kB(sum(css)) },
  ]
  writeResult('browser', { rows })
  console.log(
    rows
      .map((r) => `${r.benchmark} / ${r.measure}: ${r.value} ${r.ratio ? `(×${r.ratio})` : ''}`)
      .join('\n'),
  )
} finally {
  servers.stop()
}
