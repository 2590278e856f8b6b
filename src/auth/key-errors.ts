import { ApiError } from '@/api/client'

export type KeyProblem = 'invalid' | 'expired' | 'revoked' | 'inactive'

/**
 * What a 401 from `/me/` says about the key. udata answers `{"message": "Invalid API token"}`
 * (or "Expired API token", "Revoked API token", "Inactive user"); see udata-api.md §3.3.
 * Returns null for anything that is not a key problem.
 */
export function keyProblemOf(error: unknown): KeyProblem | null {
  if (!(error instanceof ApiError) || error.status !== 401) return null
  const message = error.message.toLowerCase()
  if (message.includes('expired')) return 'expired'
  if (message.includes('revoked')) return 'revoked'
  if (message.includes('inactive')) return 'inactive'
  return 'invalid'
}
