/**
 * The DSFR files index.html links to, made ready on every path that serves the console (`npm start`,
 * `npm run dev`, `npm run build`, Playwright's servers): they all start Vite, so Vite does it.
 *
 * - The icon stylesheet and SVGs (`react-dsfr update-icons`) are generated before anything is
 *   served: without them every `fr-icon-*` shows blank.
 * - The links are injected here rather than written in index.html, because react-dsfr's commands
 *   rewrite any `/dsfr/` href they find there (a new `?hash=` or `?v=` on each run), which left
 *   the tracked index.html modified after every install or build.
 * - Each link carries a hash of the file it names, so a deployment's browsers never keep a stale
 *   stylesheet under the same URL.
 * - After a build, the DSFR stylesheet is cut down to what the first screens use (dsfr-css.mjs)
 *   and its link re-hashed to match; the rest (dark theme, print, form components) goes to a
 *   second stylesheet, linked disabled (so not fetched) and enabled by the app once the first
 *   screen is shown (src/app/dsfr-script-gate.ts). The dev server serves the full one.
 * - The Marianne weights the first screen shows are preloaded: the browser would otherwise find
 *   them only once React has rendered text in them.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite'

const favicon = 'dsfr/favicon/favicon.svg'
const stylesheets = ['dsfr/utility/icons/icons.min.css', 'dsfr/dsfr.min.css'] as const
const prunedStylesheet = 'dsfr/dsfr.min.css'
const laterStylesheet = 'dsfr/dsfr-later.min.css'
const firstScreenFonts = ['Marianne-Regular', 'Marianne-Bold', 'Marianne-Medium']

function contentHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12)
}

function versioned(dir: string, file: string): string {
  return `/${file}?v=${contentHash(join(dir, file))}`
}

function runOrThrow(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`)
}

function updateIcons() {
  // Vitest starts a Vite server too, but renders no page: the icons would only cost it time.
  if (process.env.VITEST) return
  runOrThrow('npx', ['react-dsfr', 'update-icons'])
}

export function dsfrAssets(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'udata-console:dsfr-assets',
    configResolved(resolved) {
      config = resolved
    },
    // First of all: the dev server lists the public files it serves when it is created, so an
    // SVG written later (even before it listens) would be answered with index.html at first.
    config(_, { isPreview }) {
      if (!isPreview) updateIcons()
    },
    transformIndexHtml: {
      order: 'pre',
      handler(): HtmlTagDescriptor[] {
        const publicDir = config.publicDir
        return [
          {
            tag: 'link',
            attrs: { rel: 'icon', href: versioned(publicDir, favicon), type: 'image/svg+xml' },
            injectTo: 'head',
          },
          ...firstScreenFonts.map((font): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `/dsfr/fonts/${font}.woff2`,
              crossorigin: 'anonymous',
            },
            injectTo: 'head',
          })),
          ...stylesheets.map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', href: versioned(publicDir, file) },
            injectTo: 'head',
          })),
          // Written by dsfr-css.mjs after the build (its href gets its hash then).
          ...(config.command === 'build'
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'stylesheet', href: `/${laterStylesheet}`, disabled: true },
                  injectTo: 'head',
                } satisfies HtmlTagDescriptor,
              ]
            : []),
        ]
      },
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const before = versioned(outDir, prunedStylesheet)
        runOrThrow('node', ['scripts/dsfr-css.mjs', outDir])
        const indexHtml = join(outDir, 'index.html')
        const html = readFileSync(indexHtml, 'utf8')
        writeFileSync(
          indexHtml,
          html
            .replace(before, versioned(outDir, prunedStylesheet))
            .replace(`"/${laterStylesheet}"`, `"${versioned(outDir, laterStylesheet)}"`),
        )
      },
    },
  }
}
