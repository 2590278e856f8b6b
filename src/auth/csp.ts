/**
 * The production server's CSP lets the console reach any https instance, because the instance
 * is chosen at run time. Once the user is connected, this narrows `connect-src` to that one
 * instance with a `<meta>` policy (policies only ever add up, so this can tighten, never loosen).
 * Choosing another instance therefore needs a fresh page, which sign-out provides.
 */
let lockedOrigin: string | null = null

export function lockConnectSrc(instance: string) {
  if (!import.meta.env.PROD) return // Vite's dev server needs its own websocket
  const origin = new URL(instance).origin
  if (lockedOrigin === origin) return
  lockedOrigin = origin
  const meta = document.createElement('meta')
  meta.httpEquiv = 'Content-Security-Policy'
  meta.content = `connect-src ${origin}`
  document.head.append(meta)
}

/** The origin `connect-src` was narrowed to in this page, if any (reaching another needs a reload). */
export function connectSrcLockedTo(): string | null {
  return lockedOrigin
}
