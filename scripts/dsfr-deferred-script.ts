import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { patchModules } from './module-patches.ts'

/**
 * react-dsfr's `start()` imports DSFR's script (`./dsfr/dsfr.module`) at once; its start-up
 * measures and lays out the page while React renders the first screen. In the build, that
 * import waits for `dsfrScriptReleased` (`src/app/dsfr-script-gate.ts`: the first screen is
 * shown, or a DSFR-driven control was clicked). Everything else in `start()` (colour scheme,
 * `prDsfrLoaded`, `dsfr.start()` once the script is in) is react-dsfr's own, unchanged. The gate
 * is imported statically, so it stays in the entry beside start.js (a dynamic import of it made
 * rolldown split the entry into a dozen chunks). The dev server pre-bundles react-dsfr, so there
 * the script loads at once, as before.
 */
const scriptImport = 'await import("./dsfr/dsfr.module");'

export function dsfrDeferredScript(): Plugin {
  const gate = fileURLToPath(new URL('../src/app/dsfr-script-gate.ts', import.meta.url))
  return patchModules('dsfr-deferred-script', [
    {
      module: /[\\/]@codegouvfr[\\/]react-dsfr[\\/]start\.js$/,
      replace: [[scriptImport, `await dsfrScriptReleased; ${scriptImport}`]],
      prepend: `import { dsfrScriptReleased } from ${JSON.stringify(gate)};\n`,
    },
  ])
}
