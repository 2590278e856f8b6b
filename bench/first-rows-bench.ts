// Navigation → first content of the console's main views against the floor: a bare page
// (bench/bare/, no framework) that makes the same first requests with the same key and writes
// the same first rows with plain DOM. Production build, sandbox at 50 ms latency, Chromium, a
// fresh browser context per load (cold cache), console and bare page alternating; then again
// with the CPU throttled 4× (a mid-range laptop). Ratios are what count: these machines are noisy.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { benchPort, buildAndServe, median, type Row, signIn, writeResult } from './common.ts'

const latencyMs = 50
const runs = Number(process.env.BENCH_RUNS ?? 7)

type View = { name: string; consolePath: string; bareQuery: string; ready: Ready }
/** What "first content" is on a view: a table row, or a heading that holds this text. */
type Ready = { selector: string; text?: string }

const servers = buildAndServe('FIRST_ROWS', { sandbox: 3192, console: 4292 }, latencyMs)
const { sandboxUrl, consoleUrl } = servers
const barePort = benchPort('FIRST_ROWS_BARE', servers.consolePort + 1)
const bareUrl = `http://127.0.0.1:${barePort}`

const bareServer = createServer((request, response) => {
  const name =
    new URL(request.url ?? '/', bareUrl).pathname === '/bare.js' ? 'bare.js' : 'index.html'
  response.writeHead(200, {
    'Content-Type': name.endsWith('.js') ? 'text/javascript' : 'text/html',
    'Cache-Control': 'no-store',
  })
  response.end(readFileSync(join('bench/bare', name)))
}).listen(barePort, '127.0.0.1')

const stop = () => {
  servers.stop()
  bareServer.close()
}
process.on('exit', stop)

/** One cold load in a fresh context: ms from navigation start to the first content. */
async function load(browser: Browser, key: string, url: string, ready: Ready, throttle: number) {
  const context = await browser.newContext({ locale: 'fr-FR' })
  await context.addInitScript(
    ({ instance, apiKey, selector, text }) => {
      sessionStorage.setItem('udata-console.instance', instance)
      sessionStorage.setItem(`udata-console.api-key.${new URL(instance).origin}`, apiKey)
      // No named function in here: tsx would wrap it in a helper the page does not have.
      new MutationObserver((_, observer) => {
        const element = document.querySelector(selector)
        if (element === null || (text !== undefined && !element.textContent?.includes(text))) return
        ;(window as unknown as { firstContentAt: number }).firstContentAt = performance.now()
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true, characterData: true })
    },
    { instance: sandboxUrl, apiKey: key, selector: ready.selector, text: ready.text },
  )
  const page = await context.newPage()
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  }
  await page.goto(url)
  const handle = await page.waitForFunction(
    () => (window as unknown as { firstContentAt?: number }).firstContentAt,
    undefined,
    { timeout: 60_000 },
  )
  const at = (await handle.jsonValue()) as number
  await context.close()
  return at
}

try {
  const admin = await servers.ready()
  const organization = admin.organizationId
  const api = async <T>(path: string) =>
    (await (
      await fetch(`${sandboxUrl}${path}`, { headers: { 'X-API-KEY': admin.apiKey } })
    ).json()) as T
  const newest = await api<{ data: { id: string; title: string }[] }>(
    `/api/2/datasets/?organization=${organization}&sort=-created&page_size=1`,
  )
  const dataset = newest.data[0]
  if (!dataset) throw new Error('no dataset')

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  // The bare datasets page asks for the same fields as the console (read off its request).
  const probe = await browser.newPage()
  await signIn(probe, sandboxUrl, admin.apiKey)
  const listRequest = probe.waitForRequest((request) =>
    /\/api\/2\/datasets\/\?.*page_size=20/.test(request.url()),
  )
  await probe.goto(`${consoleUrl}/organizations/${organization}/datasets`)
  const fields = (await listRequest).headers()['x-fields'] ?? ''
  await probe.close()

  const views: View[] = [
    {
      name: 'datasets table',
      consolePath: `/organizations/${organization}/datasets`,
      bareQuery: `view=datasets&organization=${organization}&fields=${encodeURIComponent(fields)}`,
      ready: { selector: 'table tbody tr' },
    },
    {
      name: 'dataset page',
      consolePath: `/organizations/${organization}/datasets/${dataset.id}`,
      bareQuery: `view=dataset&dataset=${dataset.id}`,
      ready: { selector: 'h1.dataset-page__title', text: dataset.title },
    },
    {
      name: 'reuses list',
      consolePath: `/organizations/${organization}/reuses`,
      bareQuery: `view=reuses&organization=${organization}`,
      ready: { selector: 'table tbody tr' },
    },
  ]

  const rows: Row[] = []
  const raw: Record<string, { console: number[]; bare: number[] }> = {}
  for (const throttle of [1, 4]) {
    for (const view of views) {
      const times = { console: [] as number[], bare: [] as number[] }
      for (let run = 0; run < runs; run += 1) {
        times.console.push(
          await load(
            browser,
            admin.apiKey,
            `${consoleUrl}${view.consolePath}`,
            view.ready,
            throttle,
          ),
        )
        times.bare.push(
          await load(browser, admin.apiKey, `${bareUrl}/?${view.bareQuery}`, view.ready, throttle),
        )
      }
      const label = `${view.name}${throttle > 1 ? `, CPU ÷${throttle}` : ''}`
      raw[label] = times
      rows.push({
        benchmark: 'first content',
        measure: `${label}: navigation → first content (median of ${runs}, cold, ${latencyMs} ms latency)`,
        value: `${median(times.console).toFixed(0)} ms`,
        compared_to: `bare page ${median(times.bare).toFixed(0)} ms`,
        ratio: (median(times.console) / median(times.bare)).toFixed(2),
      })
      console.error(
        `${label}: ${median(times.console).toFixed(0)} vs ${median(times.bare).toFixed(0)} ms`,
      )
    }
  }
  await browser.close()
  writeResult('first-rows', { rows, raw })
  console.log(
    rows.map((r) => `${r.measure}: ${r.value} vs ${r.compared_to} (×${r.ratio})`).join('\n'),
  )
} finally {
  stop()
}
