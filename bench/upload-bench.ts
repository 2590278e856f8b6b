// Upload throughput of a 100 MB file through the console's own upload code (uploadFile →
// sendMultipart, XMLHttpRequest in Chromium, 20 MB chunks) against the sandbox, compared with
// curl sending the same chunks one after the other. Both skip the final "combine" request: its
// cost is the server's alone, identical for both clients, and it would dominate the figure.
// Prints a ratio (console time / curl time; 1.0 means the browser path costs nothing extra)
// and writes bench/results/upload.json. `npx tsx bench/upload-bench.ts`
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { waitFor } from '../scripts/wait-for.mjs'
import { benchPort, type Row, startSandbox, stopProcessGroup, writeResult } from './common.ts'

const sandboxPort = benchPort('UPLOAD_SANDBOX', 3193)
const consolePort = benchPort('UPLOAD_CONSOLE', 4293)
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`
const consoleUrl = `http://127.0.0.1:${consolePort}`
const fileSize = 100 * 1024 * 1024
const chunkSize = 20 * 1024 * 1024

// Its own process group, so stopping npx also stops the node process it started. It starts
// before the sandbox, so that both start together.
const consoleServer = spawn('npx', ['vite', '--port', String(consolePort)], {
  stdio: 'ignore',
  detached: true,
  env: { ...process.env, CONSOLE_PORT: String(consolePort), VITE_SANDBOX_URL: sandboxUrl },
})
process.on('exit', () => stopProcessGroup(consoleServer))
const sandbox = await startSandbox('UPLOAD_SANDBOX', sandboxPort)
process.on('exit', sandbox.stop)

const workDir = mkdtempSync(join(tmpdir(), 'upload-bench-'))
const mbPerS = (ms: number) => (fileSize / 1024 / 1024 / (ms / 1000)).toFixed(1)

try {
  await waitFor(consoleUrl)
  const key = sandbox.auth.apiKey
  const newDataset = async (title: string) => {
    const response = await fetch(`${sandboxUrl}/api/1/datasets/`, {
      method: 'POST',
      headers: { 'X-API-KEY': key, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title,
        description: 'bench',
        organization: sandbox.organizationId,
        private: true,
      }),
    })
    return ((await response.json()) as { id: string }).id
  }

  // curl: the same 5 chunks, sequentially, with udata's chunk fields.
  // Both datasets first: after the long curl run, a kept-alive socket may have been closed.
  const curlDataset = await newDataset('Upload bench (curl)')
  const consoleDataset = await newDataset('Upload bench (console)')
  const chunkPath = join(workDir, 'chunk.bin')
  writeFileSync(chunkPath, Buffer.alloc(chunkSize, 7))
  const parts = Math.ceil(fileSize / chunkSize)
  const curlStart = performance.now()
  for (let index = 0; index < parts; index++) {
    const result = spawnSync('curl', [
      '-sS',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      '-H',
      `X-API-KEY: ${key}`,
      '-F',
      'uuid=bench-curl',
      '-F',
      'filename=bench.csv',
      '-F',
      `partindex=${index}`,
      '-F',
      `partbyteoffset=${index * chunkSize}`,
      '-F',
      `totalparts=${parts}`,
      '-F',
      `chunksize=${chunkSize}`,
      '-F',
      `file=@${chunkPath};filename=bench.csv`,
      `${sandboxUrl}/api/1/datasets/${curlDataset}/upload/`,
    ])
    if (result.stdout.toString() !== '200')
      throw new Error(
        `curl chunk ${index}: ${result.stdout.toString()} ${result.stderr.toString()}`,
      )
  }
  const curlMs = performance.now() - curlStart

  // The console: its upload module, loaded by the dev server into Chromium.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const page = await browser.newPage()
  // tsx (esbuild keepNames) wraps functions in __name(); the page needs it for page.evaluate.
  await page.addInitScript({ content: 'window.__name = (fn) => fn' })
  await page.goto(`${consoleUrl}/connect`)
  const consoleMs = await page.evaluate(
    async ({ instance, apiKey, datasetId, size, chunk, modules }) => {
      // Served by the Vite dev server, as the console itself loads them.
      const session = (await import(modules.session)) as typeof import('../src/session/session')
      const upload = (await import(
        modules.upload
      )) as typeof import('../src/features/resources/upload-file')
      const transport = (await import(
        modules.transport
      )) as typeof import('../src/api/upload-transport')
      session.connect(instance, apiKey)
      const file = new File([new Uint8Array(size).fill(7)], 'bench.csv')
      const started = performance.now()
      let chunksDoneAt = started
      await upload.uploadFile({
        target: { datasetId },
        file,
        chunkSize: chunk,
        // Every chunk goes through the real transport; the final combine is skipped (see top).
        send: <T>(
          path: string,
          form: FormData,
          options?: Parameters<typeof transport.sendMultipart>[2],
        ) => {
          if (form.has('file')) return transport.sendMultipart<T>(path, form, options)
          chunksDoneAt = performance.now()
          return Promise.resolve({} as T)
        },
      })
      return chunksDoneAt - started
    },
    {
      instance: sandboxUrl,
      apiKey: key,
      datasetId: consoleDataset,
      size: fileSize,
      chunk: chunkSize,
      modules: {
        session: '/src/session/session.ts',
        upload: '/src/features/resources/upload-file.ts',
        transport: '/src/api/upload-transport.ts',
      },
    },
  )
  await browser.close()

  const ratio = consoleMs / curlMs
  const rows: Row[] = [
    {
      benchmark: 'upload',
      measure:
        '100 MB in 20 MB chunks, console upload code in Chromium (XHR), final combine excluded',
      value: `${(consoleMs / 1000).toFixed(1)} s (${mbPerS(consoleMs)} MB/s)`,
      compared_to: `curl, same chunks: ${(curlMs / 1000).toFixed(1)} s (${mbPerS(curlMs)} MB/s)`,
      ratio: `${ratio.toFixed(2)}×`,
    },
  ]
  console.log(
    `upload 100 MB: console ${(consoleMs / 1000).toFixed(1)} s, curl ${(curlMs / 1000).toFixed(1)} s, ratio ${ratio.toFixed(2)} (console / curl)`,
  )
  writeResult('upload', {
    date: new Date().toISOString(),
    console_ms: consoleMs,
    curl_ms: curlMs,
    ratio,
    rows,
  })
} finally {
  rmSync(workDir, { recursive: true, force: true })
  sandbox.stop()
  stopProcessGroup(consoleServer)
}
