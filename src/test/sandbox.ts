import { vi } from 'vitest'
import { createSandbox, type Sandbox, type SeededAccount } from '../../sandbox/app'
import { connect } from '@/session/session'

/** Component tests talk to the real sandbox handler in-process, at this made-up origin. */
export const testInstance = 'http://sandbox.test'

/**
 * Starts a fresh seeded sandbox and routes `fetch` to it. jsdom's AbortSignal is not the one
 * Node's Request accepts, so the signal is honoured here instead of being handed on.
 */
export function startSandbox(): Sandbox {
  const sandbox = createSandbox({ seed: 1, scale: 'small' })
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const { signal, ...rest } = init
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    // The console's own origin: no config.json is deployed beside it in tests.
    if (url.origin === location.origin) return new Response(null, { status: 404 })
    if (url.origin !== testInstance) throw new TypeError(`blocked request to ${url.href}`)
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError')
    return sandbox.fetch(new Request(url, rest))
  })
  return sandbox
}

export function testAccount(sandbox: Sandbox, id: SeededAccount['id']): SeededAccount {
  const found = sandbox.accounts.find((account) => account.id === id)
  if (!found) throw new Error(`no seeded account ${id}`)
  return found
}

export function signInAs(sandbox: Sandbox, id: SeededAccount['id']): SeededAccount {
  const found = testAccount(sandbox, id)
  connect(testInstance, found.api_key)
  return found
}

/** A JSON request straight to the sandbox, outside the console: a test's own set-up and checks. */
export type SandboxCall = <T = unknown>(path: string, method?: string, json?: unknown) => Promise<T>

export function sandboxCall(sandbox: Sandbox, apiKey: string): SandboxCall {
  return async <T>(path: string, method = 'GET', json?: unknown): Promise<T> => {
    const response = await sandbox.fetch(
      new Request(`${testInstance}${path}`, {
        method,
        headers: {
          'X-API-KEY': apiKey,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: json === undefined ? undefined : JSON.stringify(json),
      }),
    )
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return (text ? JSON.parse(text) : undefined) as T
  }
}

/**
 * A fresh sandbox with `id` signed in to the console, calls to it as that account, and the
 * account's organization ('' for an account without one).
 */
export function startSignedIn(id: SeededAccount['id']) {
  const sandbox = startSandbox()
  const account = signInAs(sandbox, id)
  const organizationId = account.organization_id ?? ''
  return { sandbox, account, organizationId, call: sandboxCall(sandbox, account.api_key) }
}
