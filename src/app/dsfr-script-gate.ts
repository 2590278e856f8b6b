/**
 * When DSFR's own script (header menus, modals, accordions…) may load. react-dsfr imports it as
 * it starts, and its start-up measures every component, forcing layouts: on a cold load it was a
 * fifth of the CPU time before the first rows (bench/profile-first-rows.ts). The production build
 * holds that import (scripts/dsfr-deferred-script.ts) until `releaseDsfrScript()`, which the app
 * calls once the first screen's data is on screen, or after `fallbackMs` whatever happens.
 */
let release: () => void = () => undefined
export const dsfrScriptReleased = new Promise<void>((resolve) => {
  release = resolve
})

const fallbackMs = 4_000
setTimeout(() => release(), fallbackMs)

export function releaseDsfrScript() {
  release()
}
