/**
 * src/early.ts as a script of its own, run before the application's bundle: Vite would fold a
 * second `<script type="module">` of index.html into the same entry chunk, where it would wait
 * for the whole bundle to be parsed, which is what it is there to avoid. So it is a separate
 * build input, and its tag goes just before the application's (module scripts run in document order).
 */
import type { Plugin } from 'vite'

const source = 'src/early.ts'

export function earlyScript(): Plugin {
  let base = '/'
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
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context): string {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'early',
        )
        // The dev server serves the source itself.
        const src = chunk ? `${base}${chunk.fileName}` : `/${source}`
        const tag = `<script type="module" crossorigin src="${src}"></script>`
        // Just before the application's own script, after the CSP meta and the stylesheets.
        const at = html.indexOf('<script type="module"')
        if (at < 0) throw new Error('index.html has no module script to put src/early.ts before')
        return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`
      },
    },
  }
}
