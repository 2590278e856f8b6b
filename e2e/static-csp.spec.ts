import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// dist/ served by a host that sends no header at all (a bare static host or CDN): the policy in
// index.html must hold by itself. `/no-policy/…` serves the same page with the <meta> removed,
// which proves the injections below do run when nothing stops them.
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}
const metaPolicy = /<meta http-equiv="Content-Security-Policy"[^>]*>/

function staticServer(): Server {
  return createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const withoutPolicy = url.pathname.startsWith('/no-policy/')
      const path = normalize(url.pathname).replace(/^\/no-policy\//, '/')
      try {
        const body = await readFile(join('dist', path))
        response.writeHead(200, {
          'Content-Type': types[extname(path)] ?? 'application/octet-stream',
        })
        response.end(body)
      } catch {
        const html = await readFile(join('dist', 'index.html'), 'utf8')
        response.writeHead(200, { 'Content-Type': 'text/html' })
        response.end(withoutPolicy ? html.replace(metaPolicy, '') : html)
      }
    })()
  })
}

/** Injects what an XSS would: an inline handler, an inline script, a script from elsewhere. */
async function inject(page: Page) {
  return page.evaluate(() => {
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="data:," onerror="window.handlerRan = true">'
    document.body.append(holder)
    const inline = document.createElement('script')
    inline.textContent = 'window.inlineRan = true'
    document.body.append(inline)
    const external = document.createElement('script')
    external.src = 'data:text/javascript,window.externalRan=true'
    document.body.append(external)
  })
}

const ran = (page: Page) =>
  page.evaluate(() => {
    const flags = window as unknown as Record<string, unknown>
    return {
      handler: flags.handlerRan === true,
      inline: flags.inlineRan === true,
      external: flags.externalRan === true,
    }
  })

async function openConsole(browser: Browser, url: string) {
  const page = await browser.newPage()
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (d: string) => void }).reportViolation
      report(event.effectiveDirective)
    })
  })
  await page.goto(url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return { page, violations }
}

test.describe('the built index.html carries its own Content-Security-Policy', () => {
  // Only a build has the policy (the dev server cannot: it injects inline scripts of its own).
  test.skip(process.env.E2E_PROD !== '1', 'runs against dist/ (E2E_PROD=1)')

  let server: Server
  let origin: string

  test.beforeAll(async () => {
    server = staticServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  // A page of its own: the violations this test provokes are the point, and it asserts them
  // exactly, where the shared `page` fixture would count them as unexpected console errors.
  test('an injected handler, inline script and foreign script are refused on a host that sends no header', async ({
    browser,
  }) => {
    const control = await openConsole(browser, `${origin}/no-policy/connect`)
    await inject(control.page)
    await expect
      .poll(() => ran(control.page))
      .toEqual({ handler: true, inline: true, external: true })
    expect(control.violations).toEqual([])

    const { page, violations } = await openConsole(browser, `${origin}/connect`)
    const response = await page.request.get(`${origin}/connect`)
    expect(Object.keys(response.headers()).filter((name) => /security-policy/i.test(name))).toEqual(
      [],
    )
    await inject(page)
    await expect
      .poll(() => [...violations].sort())
      .toEqual(['script-src-attr', 'script-src-elem', 'script-src-elem'])
    expect(await ran(page)).toEqual({ handler: false, inline: false, external: false })
    await page.close()
    await control.page.close()
  })
})
