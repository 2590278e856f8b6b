import { expect } from '@playwright/test'
import type { AccountId } from '../sandbox/seed/index.ts'
import { sandboxUrl } from './env'

export type { AccountId }

export type Account = {
  id: AccountId
  api_key: string
  label: string
  key_status: 'active' | 'expired' | 'revoked'
  user_id: string
  organization_id: string | null
}

let accountsCache: Promise<Account[]> | undefined

export async function sandboxAccounts(): Promise<Account[]> {
  accountsCache ??= fetch(`${sandboxUrl}/_sandbox/accounts`).then(
    (r) => r.json() as Promise<Account[]>,
  )
  return accountsCache
}

export async function account(id: AccountId): Promise<Account> {
  const found = (await sandboxAccounts()).find((a) => a.id === id)
  if (!found) throw new Error(`no seeded account ${id}`)
  return found
}

/**
 * A seeded account with a key of its own, minted for one test: faults set for that key break
 * only that test's traffic, whatever else runs against the sandbox at the same time.
 */
export async function freshAccount(id: AccountId): Promise<Account> {
  const response = await fetch(`${sandboxUrl}/_sandbox/keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ account: id }),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Account
}
