import { gzipSync } from 'node:zlib'
import { account, expect, signInAs, test } from './fixtures'
import { consoleUrl } from './env'

// Sizes only mean something for the production build (the dev server serves unbundled modules).
const production = process.env.E2E_PROD === '1'
const jsBudgetBytes = 180 * 1024
const cssBudgetBytes = 50 * 1024

test('the datasets table shows within the JavaScript and CSS budgets', async ({ page }) => {
  test.skip(!production, 'budgets are measured on the production build (E2E_PROD=1)')
  const assets: Promise<{ kind: 'js' | 'css'; url: string; gzipBytes: number }>[] = []
  page.on('response', (response) => {
    const url = response.url()
    if (!url.startsWith(consoleUrl)) return
    const kind = /\.m?js(\?|$)/.test(url) ? 'js' : /\.css(\?|$)/.test(url) ? 'css' : undefined
    if (!kind) return
    assets.push(response.body().then((body) => ({ kind, url, gzipBytes: gzipSync(body).length })))
  })
  await signInAs(page, 'admin')
  const { organization_id } = await account('admin')
  await page.goto(`/organizations/${organization_id}/datasets`)
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 })

  const loaded = await Promise.all(assets)
  const total = (kind: 'js' | 'css') =>
    loaded.filter((asset) => asset.kind === kind).reduce((sum, asset) => sum + asset.gzipBytes, 0)
  const report = loaded.map((a) => `${a.kind} ${(a.gzipBytes / 1024).toFixed(1)} kB ${a.url}`)
  // The figures in the run's log, so the margin left is seen before it runs out.
  console.log(
    `first screen: JS ${(total('js') / 1024).toFixed(1)} kB gzip (budget ${jsBudgetBytes / 1024}), ` +
      `CSS ${(total('css') / 1024).toFixed(1)} kB gzip (budget ${cssBudgetBytes / 1024})`,
  )
  expect(
    total('js'),
    `JavaScript before the table shows:\n${report.join('\n')}`,
  ).toBeLessThanOrEqual(jsBudgetBytes)
  expect(total('css'), `CSS before the table shows:\n${report.join('\n')}`).toBeLessThanOrEqual(
    cssBudgetBytes,
  )
})
