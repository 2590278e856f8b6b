/**
 * src/early.ts as a script of its own, run before the application's bundle: Vite would fold a
 * second `<script type="module">` of index.html into the same entry chunk, where it would wait
 * for the whole bundle to be parsed, which is what it is there to avoid. So it is a separate
 * build input, and its tag goes just before the application's (module scripts run in document order).
 */
import type { Plugin, Rollup } from 'vite'
import type { EarlyScreen } from '../src/early-screens'

const source = 'src/early.ts'

/**
 * The page modules of the screens src/early.ts sends a first read for (by the names of its
 * `screens`): it also preloads their chunks, which the router would otherwise only ask for once
 * the whole bundle has run. The datasets table's are in the entry's own preloads already.
 */
const screenModules: Partial<Record<EarlyScreen, string[]>> = {
  dataset: ['src/features/datasets/dataset-page.tsx'],
  reuses: ['src/features/reuses/loaders.ts', 'src/features/reuses/organization-reuses-page.tsx'],
}

/** Each screen's chunks with all they import, less what the entry loads anyway, as URLs. */
function screenChunks(
  bundle: Rollup.OutputBundle,
  root: string,
  base: string,
): Partial<Record<EarlyScreen, string[]>> {
  const chunks = Object.values(bundle).filter(
    (output): output is Rollup.OutputChunk => output.type === 'chunk',
  )
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const withImports = (files: string[], into = new Set<string>()) => {
    for (const file of files) {
      if (into.has(file)) continue
      into.add(file)
      withImports(byFile.get(file)?.imports ?? [], into)
    }
    return into
  }
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'index')
  const loaded = withImports(entry ? [entry.fileName] : [])
  return Object.fromEntries(
    Object.entries(screenModules).map(([screen, modules = []]) => {
      const files = modules.map((module) => {
        const chunk = chunks.find((candidate) => candidate.moduleIds.includes(`${root}/${module}`))
        if (!chunk) throw new Error(`${module} is in no chunk: src/early.ts cannot preload it`)
        return chunk.fileName
      })
      return [
        screen,
        [...withImports(files)].filter((file) => !loaded.has(file)).map((file) => `${base}${file}`),
      ]
    }),
  )
}

export function earlyScript(): Plugin {
  let base = '/'
  let root = ''
  return {
    name: 'udata-console:early-script',
    config(_, { command }) {
      if (command !== 'build') return
      return {
        build: { rolldownOptions: { input: { index: 'index.html', early: source } } },
      }
    },
    configResolved(resolved) {
      base = resolved.base
      root = resolved.root
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context): string {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'early',
        )
        // The dev server serves the source itself.
        const src = chunk ? `${base}${chunk.fileName}` : `/${source}`
        // An attribute, not an inline script: the policy allows no inline script, even data.
        const chunks = context.bundle
          ? ` data-screen-chunks="${escapeAttribute(JSON.stringify(screenChunks(context.bundle, root, base)))}"`
          : ''
        const tag = `<script type="module" crossorigin src="${src}"${chunks}></script>`
        // Just before the application's own script, after the CSP meta and the stylesheets.
        const at = html.indexOf('<script type="module"')
        if (at < 0) throw new Error('index.html has no module script to put src/early.ts before')
        return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`
      },
    },
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}
