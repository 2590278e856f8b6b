import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * react-dsfr's components import `fr` from its `fr/index.js` for `fr.cx` alone, and that object
 * carries DSFR's whole colour tables (about 95 kB before gzip, a sixth of the first screen's
 * JavaScript) plus, at start-up, the computation of every colour's hex value, for one
 * `<meta name="theme-color">`. This points those imports at `src/ui/dsfr-fr-slim.ts`, which has
 * what they read. Modules that read the tables themselves keep the real `fr` (`needsColors`);
 * `src/ui/dsfr-fr-slim.test.ts` checks every other module against the slim one, so a react-dsfr
 * upgrade that reads more fails the tests instead of the page. Our own code imports the real
 * `fr` from the package's entry, untouched.
 */
const reactDsfr = /[\\/]@codegouvfr[\\/]react-dsfr[\\/]/
export const needsColors =
  /[\\/]react-dsfr[\\/](fr|mui|next-app-router)[\\/]|[\\/]react-dsfr[\\/](Tooltip|useColors|next-pagesdir|gatsby)[^\\/]*\.js$/
export const frImport = /^(\.\/|(\.\.\/)+)fr$/

export function dsfrSlimFr(): Plugin {
  const slimFr = fileURLToPath(new URL('../src/ui/dsfr-fr-slim.ts', import.meta.url))
  return {
    name: 'dsfr-slim-fr',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !reactDsfr.test(importer) || needsColors.test(importer)) return null
      return frImport.test(source) ? slimFr : null
    },
  }
}
