import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * react-dsfr's `start()` imports DSFR's script (`./dsfr/dsfr.module`) at once; its start-up
 * measures and lays out the page while React renders the first screen. In the build, that one
 * import is pointed at `src/app/dsfr-script-deferred.ts`, which imports the same script once the
 * app says the first screen is shown (`src/app/dsfr-script-gate.ts`). Everything else in
 * `start()` (colour scheme, `prDsfrLoaded` for modals) is react-dsfr's own, unchanged. The dev
 * server pre-bundles react-dsfr, so there the script loads at once, as before.
 */
export function dsfrDeferredScript(): Plugin {
  const deferred = fileURLToPath(new URL('../src/app/dsfr-script-deferred.ts', import.meta.url))
  return {
    name: 'dsfr-deferred-script',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './dsfr/dsfr.module' || !importer) return null
      return /[\\/]@codegouvfr[\\/]react-dsfr[\\/]start\.js$/.test(importer) ? deferred : null
    },
  }
}
