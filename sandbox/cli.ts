// `npm run sandbox -- --port 3001 --seed 1 --latency 50 --fail-rate 0.1 --data FILE`
// Serves the sandbox on 127.0.0.1 and prints its URL and the seeded accounts.
import { serve } from '@hono/node-server'
import { createSandbox } from './app.ts'
import { DroppedConnectionError } from './faults.ts'
import { createPersister, loadState } from './persist-file.ts'

type Args = {
  port: number
  seed: number
  latency: number
  failRate: number
  data: string | null
  scale: 'full' | 'small'
  quiet: boolean
}

type NumericArg = 'port' | 'seed' | 'latency' | 'failRate'

/** The options that take a number: read as one, then checked finite and not negative. */
const NUMERIC_FLAGS = new Map<string, NumericArg>([
  ['--port', 'port'],
  ['--seed', 'seed'],
  ['--latency', 'latency'],
  ['--fail-rate', 'failRate'],
])

function parseArgs(argv: string[]): Args {
  const args: Args = {
    port: Number(process.env.SANDBOX_PORT ?? 3001),
    seed: 1,
    latency: 0,
    failRate: 0,
    data: null,
    scale: 'full',
    quiet: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split('=', 2)
    const value = () => inline ?? argv[++i] ?? ''
    const numeric = NUMERIC_FLAGS.get(flag ?? '')
    if (numeric) {
      args[numeric] = Number(value())
      continue
    }
    switch (flag) {
      case '--data':
        args.data = value()
        break
      case '--small':
        args.scale = 'small'
        break
      case '--quiet':
        // npm start prints the accounts itself, beside the console's URL
        args.quiet = true
        break
      case '--help':
        console.log(
          'usage: tsx sandbox/cli.ts [--port 3001] [--seed 1] [--latency ms] [--fail-rate 0..1] [--data FILE] [--small] [--quiet]',
        )
        process.exit(0)
    }
  }
  for (const [flag, name] of NUMERIC_FLAGS) {
    const v = args[name]
    if (!Number.isFinite(v) || v < 0) {
      console.error(`invalid ${flag}`)
      process.exit(2)
    }
  }
  return args
}

const args = parseArgs(process.argv.slice(2))
const persister = args.data ? createPersister(args.data) : null
const sandbox = createSandbox({
  seed: args.seed,
  scale: args.scale,
  latencyMs: args.latency,
  failRate: args.failRate,
  state: args.data ? loadState(args.data) : undefined,
  onChange: persister ? (state) => persister.schedule(state) : undefined,
})

type Bindings = { incoming: { socket: { destroy: () => void } } }

const server = serve(
  {
    hostname: '127.0.0.1',
    port: args.port,
    fetch: async (request: Request, env: unknown) => {
      try {
        return await sandbox.fetch(request)
      } catch (error) {
        if (error instanceof DroppedConnectionError) {
          // simulate a dropped connection: the client sees a network error
          ;(env as Bindings).incoming.socket.destroy()
          return new Response(null, { status: 499 })
        }
        throw error
      }
    },
  },
  (info) => {
    const url = `http://127.0.0.1:${info.port}`
    console.log(
      `udata sandbox listening on ${url} (seed ${args.seed}${args.data ? `, data ${args.data}` : ''})`,
    )
    if (args.quiet) return
    console.log(`API: ${url}/api/1/  ·  accounts: ${url}/_sandbox/accounts\n`)
    console.log('| account | key status | API key | who |')
    console.log('| --- | --- | --- | --- |')
    for (const a of sandbox.accounts)
      console.log(`| ${a.id} | ${a.key_status} | ${a.api_key} | ${a.label} |`)
  },
)

function shutdown() {
  persister?.flush()
  server.close()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
