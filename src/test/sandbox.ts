import { vi } from 'vitest'
import { createSandbox, type Sandbox, type SeededAccount } from '../../sandbox/app'
import { connect } from '@/auth/session'

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
    const url = input instanceof Request ? input.url : String(input)
    if (new URL(url).origin !== testInstance) throw new TypeError(`blocked request to ${url}`)
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
