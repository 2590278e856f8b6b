// `npm test`: every check, end-to-end included, then one closing line "N passed, N failed".
// Static checks count as one test each; vitest and Playwright count their own tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
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
  if (run(label, command, env)) passed += 1
  else {
    failed += 1
    failures.push(label)
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

function ensureChromium() {
  if (existsSync(chromium)) return true
  const isDebian = existsSync('/etc/debian_version')
  const isRoot = process.getuid?.() === 0
  if (isDebian && isRoot) {
    return run('install Chromium', 'apt-get update -q && apt-get install -y -q chromium')
  }
  console.error(
    `Chromium was not found at ${chromium}. Install it (Debian/Ubuntu: "sudo apt-get install chromium") ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  )
  return false
}

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

check('typecheck', 'npx tsc -b')
check('lint', 'npx eslint . --max-warnings=0')
check('format', 'npx prettier --check .')
check('dead code', 'npx knip')

run(
  'unit and component tests',
  'npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json',
)
const vitest = readJson('test-results/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0)
  if (vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0) > 0) failures.push('vitest')
} else {
  failed += 1
  failures.push('vitest (no report)')
}

const built = run('production build', 'npm run build', { VITE_SANDBOX_URL: e2eSandboxUrl })
if (built) passed += 1
else {
  failed += 1
  failures.push('build')
}
if (built && existsSync('scripts/check-budgets.mjs'))
  check('size budgets', 'node scripts/check-budgets.mjs')

if (built && ensureChromium()) {
  run('end-to-end (Playwright, production build)', 'npx playwright test --project=chromium', {
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
} else {
  failed += 1
  failures.push('playwright (not run)')
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
