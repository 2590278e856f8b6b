// Credentials are checked on every API request (udata/auth): a present but invalid, expired or
// revoked key is a 401 even on public GETs.
import { unauthorized } from './http.ts'
import type { Db } from './store.ts'
import type { UserDoc } from './types.ts'

/** The API key a request carries, if any. */
export function requestKey(request: Request): string | null {
  const key = request.headers.get('X-API-KEY')
  const authorization = request.headers.get('Authorization')
  if (!key && authorization?.toLowerCase().startsWith('bearer ')) {
    // OAuth2 bearer tokens: the sandbox accepts its API keys there too
    return authorization.slice(7).trim()
  }
  return key === null ? null : key.trim()
}

export function authenticate(db: Db, request: Request): UserDoc | null {
  const key = requestKey(request)
  if (key === null) return null
  const token = db.tokensByKey.get(key)
  if (!token) throw unauthorized('Invalid API token')
  if (token.status === 'revoked') throw unauthorized('Revoked API token')
  if (token.status === 'expired') throw unauthorized('Expired API token')
  const user = db.usersById.get(token.user)
  if (!user) throw unauthorized('Invalid API token')
  if (!user.active) throw unauthorized('Inactive user')
  return user
}

export function requireUser(user: UserDoc | null): UserDoc {
  if (!user) throw unauthorized()
  return user
}

export function isSysadmin(user: UserDoc | null): boolean {
  return user?.roles.includes('admin') ?? false
}
