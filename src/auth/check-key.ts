import { ApiError, apiFetch, NetworkError } from '@/api/client'
import type { authMessages } from './messages'
import { keyProblemOf, type KeyProblem } from './key-errors'
import type { Me } from './me'

type AuthMessages = (typeof authMessages)['fr']

export type KeyCheck =
  | { kind: 'ok'; me: Me }
  | { kind: 'aborted' }
  | { kind: 'key'; problem: KeyProblem }
  | { kind: 'unreachable' }
  | { kind: 'not-udata' }
  | { kind: 'error'; error: unknown }

/**
 * Checks a key against `/me/` before it is kept anywhere: the connect page and the reconnect
 * dialog both ask this, and say its answer with `keyCheckMessage`.
 */
export async function checkApiKey(
  origin: string,
  apiKey: string,
  signal: AbortSignal,
): Promise<KeyCheck> {
  try {
    const me = await apiFetch<Me>('/api/1/me/', {
      instance: origin,
      apiKey,
      signal,
      timeoutMs: 20_000,
    })
    return { kind: 'ok', me }
  } catch (error) {
    if (signal.aborted) return { kind: 'aborted' }
    const problem = keyProblemOf(error)
    if (problem) return { kind: 'key', problem }
    if (error instanceof NetworkError) return { kind: 'unreachable' }
    if (error instanceof ApiError && error.status === 404) return { kind: 'not-udata' }
    return { kind: 'error', error }
  }
}

export function keyCheckMessage(
  check: Exclude<KeyCheck, { kind: 'ok' } | { kind: 'aborted' }>,
  t: AuthMessages,
  host: string,
  errorText: (error: unknown) => string,
): string {
  switch (check.kind) {
    case 'key':
      return {
        invalid: t.invalidKey,
        expired: t.expiredKey,
        revoked: t.revokedKey,
        inactive: t.inactiveUser,
      }[check.problem]
    case 'unreachable':
      return t.unreachable(host)
    case 'not-udata':
      return t.notUdata(host)
    case 'error': {
      const { error } = check
      // ApiError messages come from the server's body, never from our request: no key in them.
      return error instanceof ApiError && error.serverMessage && error.status < 500
        ? t.unexpected(error.serverMessage)
        : errorText(error)
    }
  }
}
