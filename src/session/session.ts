/**
 * The chosen instance and its API key, kept in sessionStorage only: the key dies with the tab,
 * is never written to localStorage, a URL or a log, and a key for one instance is never sent
 * to another (one entry per instance origin).
 */
const instanceStorageKey = 'udata-console.instance'
const apiKeyStorageKey = (instance: string) => `udata-console.api-key.${new URL(instance).origin}`
const signOutReasonStorageKey = 'udata-console.sign-out-reason'

export type SignOutReason = 'signed-out' | 'expired'

const listeners = new Set<() => void>()
function notify() {
  for (const listener of listeners) listener()
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key)
  } catch {
    return null
  }
}

export function getInstance(): string | null {
  return read(instanceStorageKey)
}

export function getApiKey(): string | null {
  const instance = getInstance()
  return instance ? read(apiKeyStorageKey(instance)) : null
}

export function getSignOutReason(): SignOutReason | null {
  const reason = read(signOutReasonStorageKey)
  return reason === 'signed-out' || reason === 'expired' ? reason : null
}

export function connect(instance: string, apiKey: string) {
  sessionStorage.setItem(instanceStorageKey, instance)
  sessionStorage.setItem(apiKeyStorageKey(instance), apiKey)
  sessionStorage.removeItem(signOutReasonStorageKey)
  notify()
}

/** Forgets the key of the current instance; the instance stays chosen for the next connect. */
export function signOut(reason: SignOutReason) {
  const instance = getInstance()
  if (instance) sessionStorage.removeItem(apiKeyStorageKey(instance))
  sessionStorage.setItem(signOutReasonStorageKey, reason)
  notify()
}

export function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export type Session = { instance: string; apiKey: string }

let lastSession: Session | null = null
export function getSessionSnapshot(): Session | null {
  const instance = getInstance()
  const apiKey = getApiKey()
  if (!instance || !apiKey) return (lastSession = null)
  if (lastSession?.instance !== instance || lastSession.apiKey !== apiKey) {
    lastSession = { instance, apiKey }
  }
  return lastSession
}
