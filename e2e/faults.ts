import { expect } from '@playwright/test'
import { sandboxUrl } from './env'

/** Replaces the faults applied to requests bearing `key` (see sandbox/README.md). */
export async function setFaults(key: string, faults: Record<string, unknown>) {
  const response = await fetch(`${sandboxUrl}/_sandbox/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-API-KEY': key },
    body: JSON.stringify(faults),
  })
  expect(response.ok).toBe(true)
}
