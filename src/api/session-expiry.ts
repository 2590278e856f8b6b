import { useSyncExternalStore } from 'react'
import { abortError } from '@/api/retry'
import { connect, getApiKey, getInstance, signOut } from '@/session/session'

/**
 * "The key stopped working" as one state for the whole app. The API layer reports every 401
 * answered to the session's key here; the reconnect dialog shows while it is set; whatever
 * was waiting on the key (a query's read, a bulk job, an upload) waits for `whenReconnected`
 * instead of failing, so the page stays mounted and nothing typed or queued is lost.
 */
type Waiter = { resolve: () => void; reject: (error: unknown) => void }

/** The key that met a 401. Expiry is over as soon as the session holds another key (or none). */
let expiredKey: string | null = null
const waiters = new Set<Waiter>()
const listeners = new Set<() => void>()

function emit() {
  for (const listener of listeners) listener()
}

/**
 * Called with the key a 401 was answered to. A 401 to a key that is no longer the session's
 * (the user already reconnected while the request was in flight) says nothing about the session.
 */
export function reportUnauthorized(key: string) {
  if (isSessionExpired() || key !== getApiKey()) return
  expiredKey = key
  emit()
}

export function isSessionExpired(): boolean {
  return expiredKey !== null && expiredKey === getApiKey()
}

/** Resolves at once while the key works, otherwise once a new key is in place. */
export function whenReconnected(signal?: AbortSignal): Promise<void> {
  if (!isSessionExpired()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const waiter: Waiter = {
      resolve: () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      reject,
    }
    const onAbort = () => {
      waiters.delete(waiter)
      reject(abortError())
    }
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    waiters.add(waiter)
  })
}

function settle(outcome: (waiter: Waiter) => void) {
  expiredKey = null
  const pending = [...waiters]
  waiters.clear()
  pending.forEach(outcome)
  emit()
}

/** A new key for the same account and instance: everything waiting goes on with it. */
export function reconnect(apiKey: string) {
  const instance = getInstance()
  if (!instance) return
  connect(instance, apiKey)
  settle((waiter) => waiter.resolve())
}

/** The error handed to whatever was waiting when the user chose to sign out instead. */
export class SignedOutError extends Error {
  constructor() {
    super('Signed out while the session was expired')
    this.name = 'SignedOutError'
  }
}

/**
 * "Se déconnecter" in the dialog: the waiting work is dropped; the connect page says the key
 * expired and brings the user back to this page once connected (with another account, too).
 */
export function signOutExpired() {
  signOut('expired')
  settle((waiter) => waiter.reject(new SignedOutError()))
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Calls `listener` each time the session's key gets refused; returns the unsubscribe. */
export function onSessionExpired(listener: () => void): () => void {
  return subscribe(() => {
    if (isSessionExpired()) listener()
  })
}

export function useSessionExpired(): boolean {
  return useSyncExternalStore(subscribe, isSessionExpired, () => false)
}
