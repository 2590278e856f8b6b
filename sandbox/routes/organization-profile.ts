// The organization profile (udata-api-admin.md §2): partial PUT, logo upload, v2 extras.
import { isSysadmin, requireUser } from '../auth.ts'
import { changedKeys } from '../activity.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { storeUploadedImage } from '../image-upload.ts'
import { findOrg, param } from '../lookup.ts'
import { extrasError, fieldErrors, organizationPatch } from '../organization-form.ts'
import type { Router } from '../router.ts'
import { organization } from '../serialize.ts'
import type { OrgDoc, UserDoc } from '../types.ts'
import { hasOwn, isRecord } from '../util.ts'

const TRACKED = ['name', 'acronym', 'description', 'url', 'business_number_id', 'logo'] as const

/** Admins (and sysadmins) edit the profile; a deleted org answers 410 unless restored. */
function editableOrg(
  ctx: Ctx,
  body: Record<string, unknown> | null,
): { org: OrgDoc; user: UserDoc } {
  const user = requireUser(ctx.user)
  const org = findOrg(ctx, param(ctx, 'org'))
  if (org.deleted && !(body && hasOwn(body, 'deleted') && body.deleted === null))
    throw http.plain(410, 'Organization has been deleted')
  if (!isSysadmin(user) && ctx.db.memberRole(org.id, user.id) !== 'admin') throw http.forbidden()
  return { org, user }
}

function save(ctx: Ctx, org: OrgDoc, user: UserDoc, changes: Partial<OrgDoc>): void {
  const before = { ...org }
  Object.assign(org, changes)
  if (changes.name !== undefined)
    ctx.db.setOrganizationSlug(org, ctx.db.uniqueSlug('organizations', org.name, org.id))
  org.last_modified = ctx.db.tick()
  const changed = changedKeys(before, { ...org }, TRACKED)
  // udata/core/organization/activities.py: organization:updated, the changed fields listed
  ctx.db.state.activities.unshift({
    id: ctx.db.newObjectId(),
    actor: user.id,
    organization: org.id,
    related_to_id: org.id,
    related_to_kind: 'Organization',
    related_to: org.name,
    key: 'organization:updated',
    changes: changed,
    extras: {},
    created_at: org.last_modified,
  })
  ctx.changed()
}

export function registerOrganizationProfileRoutes(router: Router): void {
  router.put('/api/1/organizations/:org/', async (ctx) => {
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const { org, user } = editableOrg(ctx, body)
    save(ctx, org, user, organizationPatch(org, body))
    return http.json(organization(ctx, org))
  })

  router.post('/api/1/organizations/:org/logo/', async (ctx) => {
    const { org, user } = editableOrg(ctx, null)
    const key = await storeUploadedImage(ctx, 'avatars', org.id, 'logo')
    save(ctx, org, user, { logo: key })
    return http.json({ success: true, image: `${ctx.origin}${key}` })
  })

  router.get('/api/2/organizations/:org/extras/', (ctx) => {
    const org = findOrg(ctx, param(ctx, 'org'))
    return http.json(org.extras)
  })

  // PUT merges (a null value deletes its key); validation runs at save as for the v1 PUT.
  router.put('/api/2/organizations/:org/extras/', async (ctx) => {
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    const { org, user } = editableOrg(ctx, null)
    if (!isRecord(body)) throw http.plain(400, 'Wrong payload format, dict expected')
    const extras = { ...org.extras }
    for (const [key, value] of Object.entries(body)) {
      if (value === null) delete extras[key]
      else extras[key] = value
    }
    const problem = extrasError(extras)
    if (problem) throw fieldErrors({ extras: problem }, problem)
    save(ctx, org, user, { extras })
    return http.json(org.extras)
  })

  router.delete('/api/2/organizations/:org/extras/', async (ctx) => {
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    const { org, user } = editableOrg(ctx, null)
    if (!Array.isArray(body)) throw http.plain(400, 'Wrong payload format, list expected')
    const extras = { ...org.extras }
    for (const key of body) if (typeof key === 'string') delete extras[key]
    save(ctx, org, user, { extras })
    return http.noContent()
  })
}
