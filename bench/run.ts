// `npm run bench`: every benchmark of the project, side by side in one run, then one Markdown
// table (also written as JSON under bench/results/). Figures are ratios measured in the same run,
// because these machines are noisy; absolute times are printed for context only.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { type Row, writeResult } from './common.ts'

type BenchResult = { rows: Row[] }

const benches = [
  { name: 'sandbox', script: 'bench/sandbox-bench.ts', output: 'bench/results/sandbox.json' },
  { name: 'browser', script: 'bench/browser-bench.ts', output: 'bench/results/browser.json' },
  {
    name: 'first rows',
    script: 'bench/first-rows-bench.ts',
    output: 'bench/results/first-rows.json',
  },
  { name: 'bulk', script: 'bench/bulk-bench.ts', output: 'bench/results/bulk.json' },
  { name: 'upload', script: 'bench/upload-bench.ts', output: 'bench/results/upload.json' },
  { name: 'health', script: 'bench/health-bench.ts', output: 'bench/results/health.json' },
]

const rows: Row[] = []
const failures: string[] = []
for (const bench of benches) {
  if (!existsSync(bench.script)) {
    failures.push(`${bench.name}: ${bench.script} is missing`)
    continue
  }
  console.error(`▶ ${bench.name}`)
  const run = spawnSync('npx', ['tsx', bench.script], { stdio: ['ignore', 'inherit', 'inherit'] })
  if (run.status !== 0 || !existsSync(bench.output)) {
    failures.push(`${bench.name}: exited with ${run.status}`)
    continue
  }
  const result = JSON.parse(readFileSync(bench.output, 'utf8')) as BenchResult
  rows.push(...result.rows)
}

const header =
  '| benchmark | measure | value | compared to | ratio |\n| --- | --- | --- | --- | --- |'
const table = [
  header,
  ...rows.map(
    (r) =>
      `| ${r.benchmark} | ${r.measure} | ${r.value} | ${r.compared_to ?? ''} | ${r.ratio ?? ''} |`,
  ),
].join('\n')
// The machine's load says how far the absolute times are from a quiet machine's.
const load = loadavg().map((value) => value.toFixed(2))
console.log(`\n${table}\n\nLoad average at the end of the run (1, 5, 15 min): ${load.join(', ')}`)
if (failures.length > 0) console.log(`Not measured: ${failures.join('; ')}`)
writeResult('latest', { date: new Date().toISOString(), load_average: load, rows, failures })
process.exit(failures.length > 0 ? 1 : 0)
