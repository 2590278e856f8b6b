import { existsSync, readFileSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { consolePort, consoleUrl, sandboxPort, sandboxUrl } from './e2e/env'

// CI runs the suite against a build for tests (`npm run build:sandbox`: production code and its
// meta CSP, plus the local sandbox), served by vite preview; locally the dev server.
const production = process.env.E2E_PROD === '1'
// A production build offers no sandbox to sign in to, and one built for another sandbox port has
// a CSP that blocks this one: say so once, rather than with every test timing out.
const builtForThisSandbox = () =>
  existsSync('dist/index.html') &&
  readFileSync('dist/index.html', 'utf8').includes(
    `connect-src &#39;self&#39; https: ${sandboxUrl};`,
  )
if (production && !builtForThisSandbox()) {
  throw new Error(
    `dist/ is not a build for tests against ${sandboxUrl}: run VITE_SANDBOX_URL=${sandboxUrl} npm run build:sandbox`,
  )
}
const consoleEnv = { CONSOLE_PORT: String(consolePort), VITE_SANDBOX_URL: sandboxUrl }

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: consoleUrl,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
  },
  projects: [
    { name: 'chromium', grepInvert: /@live/ },
    { name: 'live', grep: /@live/ },
  ],
  webServer: [
    {
      command: `npx tsx sandbox/cli.ts --port ${sandboxPort} --seed 1`,
      url: `${sandboxUrl}/_sandbox/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: production
        ? `npx vite preview --port ${consolePort}`
        : `npx vite --port ${consolePort}`,
      env: consoleEnv,
      url: consoleUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})
