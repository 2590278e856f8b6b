// `npm test`: every check, end-to-end included, then one closing line "N passed, N failed".
// Static checks count as one test each; vitest and Playwright count their own tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureDebianPackage } from './debian-package.mjs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const e2eSandboxUrl = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 3101}`
let passed = 0
let failed = 0
const failures = []

function run(label, command, env = {}) {
  console.log(`\n▶ ${label}: ${command}`)
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  return result.status === 0
}

function check(label, command, env) {
  const ok = run(label, command, env)
  if (ok) passed += 1
  else {
    failed += 1
    failures.push(label)
  }
  return ok
}

function notRun(label) {
  failed += 1
  failures.push(`${label} (not run)`)
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

check('typecheck', 'npx tsc -b')
check('lint', 'npx eslint . --max-warnings=0')
check('format', 'npx prettier --check .')
check('dead code', 'npx knip')
check('no cycle between folders', 'npx depcruise src --config .dependency-cruiser.cjs')

run(
  'unit and component tests',
  'npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json',
)
const vitest = readJson('test-results/vitest.json')
if (vitest) {
  // A file that failed without a failed test (it did not load) counts once. numFailedTestSuites
  // would count every describe block holding a failed test again, on top of the test itself.
  const brokenFiles = vitest.testResults.filter(
    (file) =>
      file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests + brokenFiles
  if (vitest.numFailedTests + brokenFiles > 0) failures.push('vitest')
} else {
  failed += 1
  failures.push('vitest (no report)')
}

// The production build, as a deployer makes it: its policy, its size, and nginx serving it.
const built = check('production build', 'npm run build')
if (built) check('production build CSP', 'node scripts/csp-check.mjs')
if (built && existsSync('scripts/check-budgets.mjs'))
  check('size budgets', 'node scripts/check-budgets.mjs')
const hasChromium = ensureDebianPackage(
  chromium,
  'chromium',
  ' or set CHROMIUM_PATH to a Chromium or Chrome binary',
)
if (built && hasChromium && ensureDebianPackage(nginx, 'nginx'))
  check('nginx serves dist/', 'node scripts/nginx-check.mjs', { NGINX_PATH: nginx })
else notRun('nginx serves dist/')

// End-to-end tests sign in to the local sandbox, which only a build for tests offers.
const testBuilt = check('build for tests', 'npm run build:sandbox', {
  VITE_SANDBOX_URL: e2eSandboxUrl,
})
if (testBuilt) check('test build CSP', `node scripts/csp-check.mjs ${e2eSandboxUrl}`)

if (testBuilt && hasChromium) {
  run('end-to-end (Playwright, build for tests)', 'npx playwright test --project=chromium', {
    E2E_PROD: '1',
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
  })
  const report = readJson('test-results/playwright.json')
  if (report?.stats) {
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
    if (report.stats.unexpected > 0) failures.push('playwright')
    if ((report.errors ?? []).length > 0 && report.stats.expected === 0) {
      failed += 1
      failures.push('playwright (run error)')
    }
  } else {
    failed += 1
    failures.push('playwright (no report)')
  }
} else notRun('playwright')

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
