// `POST /_sandbox/users`: a brand-new person with an active API key, for journeys that need
// someone whose memberships they may change (the seeded accounts' must stay as they are).
import { HttpError, json } from './http.ts'
import { matchEmailInvitations } from './routes/members.ts'
import type { Db } from './store.ts'
import type { UserDoc } from './types.ts'
import { isRecord, isoNaive, slugify } from './util.ts'

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback

export function createSandboxUser(db: Db, body: unknown) {
  if (!isRecord(body)) throw new HttpError(json({ message: 'body must be a JSON object' }, 400))
  const fields = body
  const n = db.state.sequence + 1
  const first_name = text(fields.first_name, 'Nouvelle')
  const last_name = text(fields.last_name, `Personne ${n}`)
  let slug = slugify(`${first_name} ${last_name}`)
  for (let i = 1; db.usersBySlug.has(slug); i++)
    slug = `${slugify(`${first_name} ${last_name}`)}-${i}`
  const email = text(fields.email, `${slug.replace(/-/g, '.')}@example.org`)
  if (db.state.users.some((u) => u.email.toLowerCase() === email.toLowerCase()))
    throw new HttpError(json({ message: 'email is already used by an account' }, 400))
  const now = db.tick()
  const user: UserDoc = {
    id: db.newObjectId(),
    slug,
    first_name,
    last_name,
    email,
    about: null,
    website: null,
    avatar: null,
    roles: [],
    active: true,
    since: now,
    last_login_at: isoNaive(db.state.clock),
  }
  db.state.users.push(user)
  db.usersById.set(user.id, user)
  db.usersBySlug.set(user.slug, user)
  matchEmailInvitations(db, user)
  const token = db.addToken(user.id, `Clé ${slug} (sandbox)`)
  return {
    id: slug,
    api_key: token.token,
    label: `new user without organization (${first_name} ${last_name})`,
    key_status: token.status,
    user_id: user.id,
    organization_id: null,
    first_name,
    last_name,
    email,
  }
}
