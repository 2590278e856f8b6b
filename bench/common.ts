// What every benchmark script shares: the row shape bench/run.ts gathers into its table, the
// servers a script starts and the admin it acts as, and writing its result under bench/results/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { BrowserContext } from '@playwright/test'
import { waitFor } from '../scripts/wait-for.mjs'

/** One figure; `ratio` compares it with `compared_to`, measured in the same run. */
export type Row = {
  benchmark: string
  measure: string
  value: string
  compared_to?: string
  ratio?: string
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/**
 * The port a script listens on: `BENCH_<NAME>_PORT` when set, so that runs of several people on
 * one machine do not collide, else the script's own default.
 */
export function benchPort(name: string, fallback: number): number {
  const value = Number(process.env[`BENCH_${name}_PORT`])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/**
 * Stops a server spawned with `detached: true` (its own process group) and every process in it:
 * `npx` → `tsx` → `node`, where killing `npx` alone leaves the server listening. Never fails
 * on a group already gone.
 */
export function stopProcessGroup(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already stopped
  }
}

/**
 * Scripts that import the console's code (`@/…`) run under tsx with the node tsconfig's paths:
 * re-runs `script` so, and exits with its status, unless this process already is that run.
 */
export function rerunUnderTsx(script: string) {
  if (process.env.TSX_TSCONFIG_PATH) return
  const child = spawnSync('npx', ['tsx', process.argv[1] ?? script], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
  })
  process.exit(child.status ?? 1)
}

/**
 * The seeded sandbox over HTTP on `benchPort(portName, defaultPort)`, in its own process group,
 * and its organization admin (the account the Node benchmarks act as). `stop` ends the group.
 */
export async function startSandbox(portName: string, defaultPort: number) {
  const port = benchPort(portName, defaultPort)
  const instance = `http://127.0.0.1:${port}`
  const server = spawn(
    'npx',
    ['tsx', 'sandbox/cli.ts', '--port', String(port), '--seed', '1', '--quiet'],
    { stdio: 'ignore', detached: true },
  )
  const stop = () => stopProcessGroup(server)
  try {
    await waitFor(`${instance}/_sandbox/health`)
    const admin = await sandboxAdmin(instance)
    return {
      instance,
      server,
      organizationId: admin.organizationId,
      auth: { instance, apiKey: admin.apiKey },
      stop,
    }
  } catch (error) {
    stop()
    throw error
  }
}

/** The seeded sandbox's organization admin at `instance`: the account the benchmarks act as. */
export async function sandboxAdmin(instance: string) {
  const accounts = (await (await fetch(`${instance}/_sandbox/accounts`)).json()) as Array<{
    id: string
    api_key: string
    organization_id: string | null
  }>
  const admin = accounts.find((account) => account.id === 'admin')
  if (!admin?.organization_id) throw new Error('no admin account')
  return { apiKey: admin.api_key, organizationId: admin.organization_id }
}

/** Every page of `target` starts signed in to `instance` with `apiKey`, as after the connect page. */
export async function signIn(
  target: Pick<BrowserContext, 'addInitScript'>,
  instance: string,
  apiKey: string,
) {
  await target.addInitScript(
    ({ instance, apiKey }) => {
      sessionStorage.setItem('udata-console.instance', instance)
      sessionStorage.setItem(`udata-console.api-key.${new URL(instance).origin}`, apiKey)
    },
    { instance, apiKey },
  )
}

/** bench/results/<name>.json: the rows, and whatever raw figures the script adds beside them. */
export function writeResult(name: string, result: { rows: Row[] } & Record<string, unknown>) {
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(`bench/results/${name}.json`, JSON.stringify(result, null, 2) + '\n')
}

/**
 * The build for the sandbox (`build:sandbox`, the production build plus the local sandbox it is
 * measured against: a production build alone neither offers nor may reach it), then the sandbox
 * at `latencyMs` and `vite preview` serving the build, on the ports `<name>_SANDBOX` and
 * `<name>_CONSOLE` (see benchPort). `ready` resolves once both answer, with the admin to act as.
 */
export function buildAndServe(
  name: string,
  defaultPorts: { sandbox: number; console: number },
  latencyMs: number,
) {
  const sandboxPort = benchPort(`${name}_SANDBOX`, defaultPorts.sandbox)
  const consolePort = benchPort(`${name}_CONSOLE`, defaultPorts.console)
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`
  const consoleUrl = `http://127.0.0.1:${consolePort}`
  const build = spawnSync('npm', ['run', 'build:sandbox', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_SANDBOX_URL: sandboxUrl },
  })
  if (build.status !== 0) process.exit(1)
  const sandboxArgs = ['sandbox/cli.ts', '--port', String(sandboxPort), '--quiet']
  const servers = [
    // Own process groups, so that stopping npx also stops the node process it started.
    spawn('npx', ['tsx', ...sandboxArgs, '--latency', String(latencyMs)], {
      stdio: 'ignore',
      detached: true,
    }),
    spawn('npx', ['vite', 'preview', '--port', String(consolePort)], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, CONSOLE_PORT: String(consolePort), VITE_SANDBOX_URL: sandboxUrl },
    }),
  ]
  const stop = () => servers.forEach(stopProcessGroup)
  process.on('exit', stop)
  const ready = async () => {
    await Promise.all([waitFor(`${sandboxUrl}/_sandbox/health`), waitFor(consoleUrl)])
    return sandboxAdmin(sandboxUrl)
  }
  return { sandboxUrl, consoleUrl, consolePort, stop, ready }
}

/** Replaces the sandbox's global faults (sandbox/README.md), e.g. `{ latency_ms: 50 }`. */
export async function setSandboxFaults(instance: string, faults: Record<string, unknown>) {
  const response = await fetch(`${instance}/_sandbox/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  })
  if (!response.ok) throw new Error(`faults: ${response.status}`)
}
