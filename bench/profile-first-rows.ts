// One cold load of the datasets table under the CPU profiler (CPU ÷4): where the milliseconds go
// before the first rows, by script (self time). `npx tsx bench/profile-first-rows.ts`; it expects
// the production build and a sandbox already serving (see bench/first-rows-bench.ts), and
// prints the top scripts and functions.
import { chromium } from '@playwright/test'
import { sandboxAdmin, signIn } from './common.ts'

const sandboxUrl = process.env.SANDBOX_URL ?? 'http://127.0.0.1:3192'
const consoleUrl = process.env.CONSOLE_URL ?? 'http://127.0.0.1:4292'
type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const admin = await sandboxAdmin(sandboxUrl)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const context = await browser.newContext({ locale: 'fr-FR' })
await signIn(context, sandboxUrl, admin.apiKey)
const page = await context.newPage()
const cdp = await context.newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
await cdp.send('Profiler.start')
await page.goto(`${consoleUrl}/organizations/${admin.organizationId}/datasets`)
await page.locator('table tbody tr').first().waitFor()
const rowsAt = await page.evaluate(() => performance.now())
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
await browser.close()

const selfTime = new Map<number, number>()
profile.samples.forEach((id, index) =>
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
)
const byScript = new Map<string, number>()
const byFunction = new Map<string, number>()
for (const node of profile.nodes) {
  const ms = selfTime.get(node.id) ?? 0
  const script =
    node.callFrame.url.replace(/^.*\/(assets|dsfr)\//, '') ||
    `(${node.callFrame.functionName || 'native'})`
  byScript.set(script, (byScript.get(script) ?? 0) + ms)
  const fn = `${node.callFrame.functionName || '(anonymous)'} ${script}:${node.callFrame.lineNumber}`
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms)
}
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`)
console.log(
  `first rows at ${rowsAt.toFixed(0)} ms (CPU ÷4)\nby script:\n${top(byScript, 12).join('\n')}\nby function:\n${top(byFunction, 15).join('\n')}`,
)
