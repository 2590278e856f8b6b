import { useSyncExternalStore } from 'react'
import { getSessionSnapshot, subscribe, type Session } from './session'

/**
 * The session, re-rendering on connect and sign-out. Apart from session.ts so that the storage
 * itself needs no React (src/early.ts reads it before React has loaded).
 */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSessionSnapshot, () => null)
}
