/**
 * When DSFR's own script (header menus, modals, accordions…) may load. react-dsfr imports it as
 * it starts, and its start-up measures every component, forcing layouts: on a cold load it was a
 * fifth of the CPU time before the first rows (bench/profile-first-rows.ts). The production build
 * holds that import (scripts/dsfr-deferred-script.ts) until `releaseDsfrScript()`, which the app
 * calls once the first screen's data is on screen (release-dsfr-script.tsx), or after `fallbackMs`
 * whatever happens.
 *
 * A click on a control DSFR drives (the organization switcher, a header menu, a modal's opener)
 * before the script has started would do nothing: it is held here, releases the script at once,
 * and is replayed on the same control once DSFR has bound it.
 */
let release: () => void = () => undefined
export const dsfrScriptReleased = new Promise<void>((resolve) => {
  release = resolve
})

// A last resort, for a screen whose requests never settle. It must not beat the first rows on a
// slow or busy machine: at 4 s it did (CI, and Chromium with the CPU throttled 14×: the rows came
// at 7.6 s, after DSFR's script). A click on a DSFR control releases the script earlier anyway.
const fallbackMs = 20_000
setTimeout(() => release(), fallbackMs)

export function releaseDsfrScript() {
  release()
}

// DSFR's rules no first screen needs (dark theme, print, form components: scripts/dsfr-css.mjs),
// linked disabled so that the browser does not fetch them before; absent from the dev server.
let laterStyles: Promise<void> | undefined
/** Enables DSFR's later stylesheet (once); resolves when it applies. */
export function loadLaterStyles(): Promise<void> {
  laterStyles ??= Promise.all(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet][disabled]')].map(
      (link) =>
        new Promise<void>((resolve) => {
          // An error leaves the page as it was: unstyled radios are no reason to hold it.
          link.addEventListener('load', () => resolve(), { once: true })
          link.addEventListener('error', () => resolve(), { once: true })
          link.disabled = false
        }),
    ),
  ).then(() => undefined)
  return laterStyles
}
void dsfrScriptReleased.then(loadLaterStyles)

// What DSFR's script opens and closes; a control names it in `aria-controls`. Our own widgets
// with `aria-controls` (a combobox's list, a toggled panel) are React's and are left alone.
const dsfrDriven = '.fr-collapse, .fr-modal, .fr-tabs__panel'
// After its start, DSFR binds the page's controls within a few frames; a control still unbound
// after this many (removed, or not DSFR's after all) gets no replay.
const bindFrames = 120

const dsfrStarted = () => document.documentElement.getAttribute('data-fr-js') === 'true'
// DSFR marks each element it has bound with `data-fr-js-<its part>="true"`.
const boundByDsfr = (element: Element) =>
  element.getAttributeNames().some((name) => name.startsWith('data-fr-js-'))

function dsfrControl(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null
  const control = target.closest<HTMLElement>('[aria-controls]')
  const controlled = document.getElementById(control?.getAttribute('aria-controls') ?? '')
  return control && controlled?.matches(dsfrDriven) ? control : null
}

let heldClick: HTMLElement | null = null

function replayOnceBound(control: HTMLElement, framesLeft = bindFrames) {
  if (heldClick !== control || !control.isConnected) return
  if (dsfrStarted() && boundByDsfr(control)) {
    heldClick = null
    control.click()
    return
  }
  // However long the script takes to arrive; once it has started, a few frames to bind.
  const left = dsfrStarted() ? framesLeft - 1 : framesLeft
  if (left > 0) requestAnimationFrame(() => replayOnceBound(control, left))
}

function holdEarlyClick(event: MouseEvent) {
  if (dsfrStarted()) {
    document.removeEventListener('click', holdEarlyClick, true)
    return
  }
  const control = dsfrControl(event.target)
  if (!control) return
  event.preventDefault()
  event.stopPropagation()
  heldClick = control
  release()
  replayOnceBound(control)
}

document.addEventListener('click', holdEarlyClick, true)
