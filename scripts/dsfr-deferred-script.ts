import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

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
const startModule = /[\\/]@codegouvfr[\\/]react-dsfr[\\/]start\.js$/
const scriptImport = 'await import("./dsfr/dsfr.module");'

export function dsfrDeferredScript(): Plugin {
  const gate = fileURLToPath(new URL('../src/app/dsfr-script-gate.ts', import.meta.url))
  return {
    name: 'dsfr-deferred-script',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!startModule.test(id)) return null
      // A react-dsfr upgrade that loads its script otherwise must fail the build, not ship it early.
      if (!code.includes(scriptImport)) throw new Error(`${id}: no \`${scriptImport}\` to defer`)
      const gated = code.replace(scriptImport, `await dsfrScriptReleased; ${scriptImport}`)
      return {
        code: `import { dsfrScriptReleased } from ${JSON.stringify(gate)};\n${gated}`,
        map: null,
      }
    },
  }
}
