import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page, type Request } from '@playwright/test'
import { account, type Account, type AccountId } from './accounts'
import { sandboxUrl } from './env'

/** Calls the sandbox's API directly, as another client would (e.g. to check what was saved). */
export async function api<T>(
  path: string,
  options: { key?: string; method?: string; json?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.key) headers['X-API-KEY'] = options.key
  if (options.json !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(new URL(path, sandboxUrl), {
    method: options.method ?? 'GET',
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T }
}

/**
 * Signs the page in as a seeded account (or one from `freshAccount`). Playwright's storageState
 * does not cover sessionStorage, so the key is seeded by an init script before the app runs.
 */
export async function signInAs(page: Page, who: AccountId | Pick<Account, 'api_key'>) {
  const { api_key } = typeof who === 'string' ? await account(who) : who
  await page.addInitScript(
    ({ instance, key }) => {
      sessionStorage.setItem('udata-console.instance', instance)
      sessionStorage.setItem(`udata-console.api-key.${new URL(instance).origin}`, key)
    },
    { instance: sandboxUrl, key: api_key },
  )
}

/**
 * A spec's waits on the shared, loaded machine: `step` for each expectation (the spec's
 * `expect`, returned) and, when Playwright's default is too short, `test` for each test.
 */
export function configureWaits(waits: { step: number; test?: number }) {
  if (waits.test !== undefined) test.describe.configure({ timeout: waits.test })
  return expect.configure({ timeout: waits.step })
}

/** axe on the page, or on `include` only, or without `exclude` (a finding reported elsewhere). */
export async function expectNoAxeViolations(
  page: Page,
  scope: { include?: string; exclude?: string } = {},
) {
  let builder = new AxeBuilder({ page })
  if (scope.include) builder = builder.include(scope.include)
  if (scope.exclude) builder = builder.exclude(scope.exclude)
  const results = await builder.analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/**
 * Auto fixtures for every spec:
 * - `consoleErrors` fails a test on uncaught page errors and on console errors nobody expected
 *   (CSP violations included);
 * - `apiRequests` fails a test when one view asks the API for the same thing twice. A view ends
 *   at each navigation; a write (POST/PUT/DELETE) starts a fresh count, since invalidation
 *   after it rightly refetches; failed answers do not count, since retrying them is the point.
 *   Specs that provoke faults can opt out with `test.use({ allowDuplicateRequests: true })`.
 *
 * And an option: `test.use({ signedInAs: 'admin' })` signs the page in before each test.
 */
export const test = base.extend<{
  consoleErrors: string[]
  apiRequests: string[]
  allowDuplicateRequests: boolean
  signedInAs: AccountId | undefined
}>({
  allowDuplicateRequests: [false, { option: true }],
  signedInAs: [undefined, { option: true }],
  page: async ({ page, signedInAs }, use) => {
    if (signedInAs) await signInAs(page, signedInAs)
    await use(page)
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        // Failed API answers are logged by Chromium itself; tests that provoke them assert on the UI.
        // DOMPurify parses hostile HTML in an inert document; under the CSP, Chromium reports the
        // `onerror` it refused to compile there, though nothing would run (no CSP: no report, no
        // alert). The security spec asserts no dialog and no live handler in any view instead.
        const inertParse = /^Executing inline event handler violates/.test(message.text())
        if (
          message.type() === 'error' &&
          !inertParse &&
          !/Failed to load resource/.test(message.text())
        ) {
          errors.push(message.text())
        }
      })
      await use(errors)
      expect(errors, 'unexpected errors in the browser console').toEqual([])
    },
    { auto: true },
  ],
  apiRequests: [
    async ({ page, allowDuplicateRequests }, use) => {
      const all: string[] = []
      const duplicates: string[] = []
      let seen = new Set<string>()
      // Each GET belongs to the view in which it was sent: its answer may arrive after a write
      // or a navigation has started the next view, and must not count there.
      let view = 0
      const viewOf = new WeakMap<Request, number>()
      const nextView = () => {
        view += 1
        seen = new Set()
      }
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) nextView()
      })
      page.on('request', (request) => {
        if (!request.url().startsWith(`${sandboxUrl}/api/`)) return
        if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method())) nextView()
        else viewOf.set(request, view)
      })
      page.on('requestfinished', (request) => {
        if (!request.url().startsWith(`${sandboxUrl}/api/`) || request.method() !== 'GET') return
        request
          .response()
          .then((response) => {
            if (!response || response.status() >= 400 || viewOf.get(request) !== view) return
            all.push(request.url())
            if (seen.has(request.url())) duplicates.push(`${page.url()} → ${request.url()}`)
            seen.add(request.url())
          })
          // A request still in flight when the test ends and its page closes has no answer to
          // read; that is not a fault of the view (it used to fail the test at teardown).
          .catch(() => undefined)
      })
      await use(all)
      if (!allowDuplicateRequests) {
        expect(duplicates, 'the same API request was made twice in one view').toEqual([])
      }
    },
    { auto: true },
  ],
})

export { expect }
