// `npm test`, after each build: the Content-Security-Policy that dist/index.html carries.
//   node scripts/csp-check.mjs               a production build: strict, no local sandbox
//   node scripts/csp-check.mjs <sandboxUrl>  a build for tests: the same, plus that sandbox
import { readdirSync, readFileSync } from 'node:fs'

const sandboxUrl = process.argv[2]
const html = readFileSync('dist/index.html', 'utf8')
const content = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]
const policy = (content ?? '').replaceAll('&#39;', "'")
const directives = new Map(
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name, sources]),
)

const failures = []
function expectThat(ok, what) {
  console.log(`${ok ? '✓' : '✗'} ${what}`)
  if (!ok) failures.push(what)
}
const sourcesOf = (name) => directives.get(name)?.join(' ')

expectThat(
  html.indexOf('http-equiv="Content-Security-Policy"') < html.indexOf('<link'),
  'the policy comes before anything it governs',
)
expectThat(sourcesOf('script-src') === "'self'", "script-src 'self' only (no inline, no eval)")
expectThat(sourcesOf('object-src') === "'none'", "object-src 'none'")
expectThat(sourcesOf('base-uri') === "'none'", "base-uri 'none'")
expectThat(sourcesOf('form-action') === "'none'", "form-action 'none'")
expectThat(sourcesOf('default-src') === "'self'", "default-src 'self'")
for (const name of ['connect-src', 'img-src']) {
  const extra = (directives.get(name) ?? []).filter(
    (source) => !["'self'", 'https:', 'data:', 'blob:'].includes(source),
  )
  if (sandboxUrl) {
    const sandboxOrigin = new URL(sandboxUrl).origin
    expectThat(
      extra.join(' ') === sandboxOrigin,
      `${name} adds only the test sandbox ${sandboxOrigin} (has: ${extra.join(' ')})`,
    )
  } else {
    expectThat(
      extra.length === 0,
      `${name} names no plain-http origin (has: ${extra.join(' ') || 'none'})`,
    )
  }
}
if (!sandboxUrl) {
  const withSandbox = readdirSync('dist/assets')
    .filter((name) => name.endsWith('.js'))
    .filter((name) =>
      /https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(readFileSync(`dist/assets/${name}`, 'utf8')),
    )
  expectThat(
    withSandbox.length === 0,
    `no local sandbox URL in the scripts (found in: ${withSandbox.join(', ') || 'none'})`,
  )
}

if (failures.length > 0) process.exit(1)
