import { defineConfig, devices } from '@playwright/test'
import { consolePort, consoleUrl, sandboxPort, sandboxUrl } from './e2e/env'

// CI runs the suite against the production build (vite preview with its CSP); locally the dev server.
const production = process.env.E2E_PROD === '1'
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
