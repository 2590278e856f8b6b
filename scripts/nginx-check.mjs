// `npm test`: the nginx configuration that ships (deploy/nginx/console.conf) serving dist/ as
// nginx from the Debian package runs it, unprivileged, on 127.0.0.1: its headers, the SPA
// fallback, a missing config.json answered 404, and the console loading in Chromium with no
// CSP violation. Only `listen` and `root` are rewritten; everything else is the shipped file.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'

const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const port = Number(process.env.E2E_NGINX_PORT ?? 4390)
const origin = `http://127.0.0.1:${port}`
const dist = resolve('dist')
const nobody = 65534

const shipped = readFileSync('deploy/nginx/console.conf', 'utf8')
const server = shipped
  .replace(/^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root \/usr\/share\/nginx\/html;$/m, `$1root ${dist};`)
if (!server.includes(`listen 127.0.0.1:${port};`) || !server.includes(`root ${dist};`)) {
  throw new Error(
    'deploy/nginx/console.conf no longer has "listen 8080;" and its root on lines of their own',
  )
}

const dir = mkdtempSync(join(tmpdir(), 'udata-console-nginx-'))
writeFileSync(join(dir, 'console.conf'), server)
writeFileSync(
  join(dir, 'nginx.conf'),
  `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/console.conf;
}
`,
)
// As root (CI), nginx runs as nobody, as it would in the unprivileged image.
const asRoot = process.getuid?.() === 0
if (asRoot) {
  chownSync(dir, nobody, nobody)
  chmodSync(dir, 0o755)
}
const privileges = asRoot
  ? ['setpriv', '--reuid', String(nobody), '--regid', String(nobody), '--clear-groups', '--']
  : []
const command = [
  ...privileges,
  nginx,
  '-p',
  dir,
  '-e',
  join(dir, 'error.log'),
  '-c',
  join(dir, 'nginx.conf'),
]

const failures = []
function expectThat(ok, what) {
  console.log(`${ok ? '✓' : '✗'} ${what}`)
  if (!ok) failures.push(what)
}

const syntax = spawnSync(command[0], [...command.slice(1), '-t'], { encoding: 'utf8' })
expectThat(
  syntax.status === 0,
  `nginx -t accepts the configuration${syntax.status === 0 ? '' : `: ${syntax.stderr}`}`,
)

const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] })
const exited = new Promise((resolveExit) => child.on('exit', resolveExit))
// Whatever happens to this script, the nginx it started stops with it.
process.on('exit', () => child.kill('SIGTERM'))

async function answering() {
  for (;;) {
    try {
      return await fetch(`${origin}/`)
    } catch {
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise((r) => setImmediate(() => r(false))),
      ])
      if (stopped) throw new Error(`nginx exited: ${readFileSync(join(dir, 'error.log'), 'utf8')}`)
    }
  }
}

const expectedHeaders = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}
// Netlify and Cloudflare Pages read public/_headers (copied into dist/): the same headers.
const pagesHeaders = Object.fromEntries(
  readFileSync('public/_headers', 'utf8')
    .split('\n/assets/*')[0]
    .split('\n')
    .map((line) => line.match(/^\s+([\w-]+): (.+)$/))
    .filter(Boolean)
    .map(([, name, value]) => [name.toLowerCase(), value]),
)
expectThat(
  JSON.stringify(pagesHeaders) === JSON.stringify(expectedHeaders),
  'public/_headers sends the same headers as the nginx configuration',
)

function checkHeaders(response, what) {
  const wrong = Object.entries(expectedHeaders).filter(
    ([name, value]) => response.headers.get(name) !== value,
  )
  expectThat(
    wrong.length === 0,
    `${what} carries the security headers${wrong.length ? ` (wrong: ${wrong.map(([n]) => `${n}=${response.headers.get(n)}`).join(', ')})` : ''}`,
  )
}

try {
  const home = await answering()
  const indexHtml = await home.text()
  expectThat(
    home.status === 200 && indexHtml.includes('http-equiv="Content-Security-Policy"'),
    '/ is the built index.html, with its meta CSP',
  )
  checkHeaders(home, '/')
  expectThat(
    home.headers.get('cache-control') === 'no-cache',
    '/ is revalidated (Cache-Control: no-cache)',
  )

  const deep = await fetch(`${origin}/organizations/some-org/datasets?q=x`)
  expectThat(
    deep.status === 200 && (await deep.text()) === indexHtml,
    'a console route falls back to index.html',
  )
  checkHeaders(deep, 'the fallback')

  const script = indexHtml.match(/<script type="module" crossorigin src="([^"]+)"/)?.[1]
  const asset = await fetch(`${origin}${script}`)
  await asset.arrayBuffer()
  expectThat(
    asset.status === 200 && /javascript/.test(asset.headers.get('content-type') ?? ''),
    `${script} is served as JavaScript`,
  )
  expectThat(
    asset.headers.get('cache-control') === 'max-age=31536000',
    'hashed assets are cached for a year',
  )
  checkHeaders(asset, 'an asset')

  const missingAsset = await fetch(`${origin}/assets/nothing-here.js`)
  await missingAsset.arrayBuffer()
  expectThat(missingAsset.status === 404, 'a missing asset is a 404, not index.html')

  const config = await fetch(`${origin}/config.json`)
  await config.arrayBuffer()
  expectThat(config.status === 404, 'no config.json deployed: 404, not index.html')

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    const page = await browser.newPage({ locale: 'fr-FR' })
    const problems = []
    // The one 404 expected: no config.json is deployed here, and the connect page asks for it.
    const noConfig = `${origin}/config.json`
    page.on('console', (message) => {
      const isNoConfig =
        message.location().url === noConfig &&
        /^Failed to load resource: .* 404/.test(message.text())
      if (message.type() === 'error' && !isNoConfig) problems.push(message.text())
    })
    page.on('requestfailed', (request) =>
      problems.push(`${request.url()}: ${request.failure()?.errorText}`),
    )
    page.on('response', (response) => {
      const isNoConfig = response.url() === noConfig && response.status() === 404
      if (response.status() >= 400 && !isNoConfig)
        problems.push(`${response.url()}: ${response.status()}`)
    })
    await page.goto(`${origin}/connect`)
    await page.getByRole('heading', { level: 1, name: 'Se connecter à un portail udata' }).waitFor()
    // The form shows once the deployment's instance list has been asked for.
    await page.getByLabel('Clé d’API').waitFor()
    // Every icon's mask image loaded (a missing SVG would be a 404 above).
    expectThat(
      problems.length === 0,
      `the console loads with no error${problems.length ? `: ${problems.join('; ')}` : ''}`,
    )
  } finally {
    await browser.close()
  }
} finally {
  child.kill('SIGTERM')
  await exited
  rmSync(dir, { recursive: true, force: true })
}

if (failures.length > 0) {
  console.error(`\nnginx check failed: ${failures.length} problem(s)`)
  process.exit(1)
}
