// `npm start`: the seeded sandbox and the console side by side, then the URL and the demo keys.
import { spawn } from 'node:child_process'
import { waitFor } from './wait-for.mjs'

const sandboxPort = Number(process.env.SANDBOX_PORT ?? 3001)
const consolePort = Number(process.env.CONSOLE_PORT ?? 5173)
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`
const consoleUrl = `http://127.0.0.1:${consolePort}`
const dataFile = process.env.SANDBOX_DATA ?? '.sandbox-data.json'

const children = [
  spawn(
    'npx',
    ['tsx', 'sandbox/cli.ts', '--port', String(sandboxPort), '--data', dataFile, '--quiet'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  ),
  spawn(
    'npx',
    ['vite', '--port', String(consolePort), '--clearScreen', 'false', '--logLevel', 'warn'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CONSOLE_PORT: String(consolePort), VITE_SANDBOX_URL: sandboxUrl },
    },
  ),
]

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => stop())
process.on('SIGTERM', () => stop())
for (const child of children) child.on('exit', (code) => stop(code ?? 1))

await Promise.all([waitFor(`${sandboxUrl}/_sandbox/health`), waitFor(consoleUrl)])
const accounts = await (await fetch(`${sandboxUrl}/_sandbox/accounts`)).json()
console.log(`\nudata console: ${consoleUrl}`)
console.log(`sandbox (udata API): ${sandboxUrl}  — choose "Sandbox local" on the connect page\n`)
console.log('Demo API keys (paste one on the connect page):')
for (const account of accounts) {
  console.log(
    `  ${account.id.padEnd(17)} ${account.key_status.padEnd(8)} ${account.api_key}  ${account.label}`,
  )
}
console.log('\nCtrl+C stops both servers.')
