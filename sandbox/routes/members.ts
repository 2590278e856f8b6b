// Organization members, invitations, membership requests and partial editors' assignments
// (udata/core/organization/api.py, udata-api-admin.md §1), quirks included: a join request
// always makes an editor, the membership list is the whole history unless `status=`, e-mails
// are masked differently per route, no guard keeps the last admin.
import { isSysadmin, requireUser } from '../auth.ts'
import {
  assignment,
  assignmentsError,
  resolveAssignments,
  setAssignments,
  stillAssignable,
  wipeAssignments,
} from '../assignments.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { param } from '../lookup.ts'
import { handleNotifications, notify, organizationAdmins } from '../notifications.ts'
import type { Router } from '../router.ts'
import { member, orgRef, userWithEmail } from '../serialize.ts'
import type { Db } from '../store.ts'
import type { MembershipRequestDoc, OrgDoc, OrgRole, UserDoc } from '../types.ts'
import { readableOrg } from './organizations.ts'

const ROLES: readonly OrgRole[] = ['admin', 'editor', 'partial_editor']

function isRole(value: unknown): value is OrgRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** A value as Python would print it inside a message (strings bare). */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

/** FieldValidationError: `{"errors": {field: message}, "message": message}`. */
function fve(field: string, message: string): http.HttpError {
  return new http.HttpError(http.json({ errors: { [field]: message }, message }, 400))
}

/** `EditOrganizationPermission`: the org's admins and sysadmins. */
function adminOrg(ctx: Ctx): { org: OrgDoc; user: UserDoc } {
  const user = requireUser(ctx.user)
  const org = readableOrg(ctx)
  if (ctx.db.memberRole(org.id, user.id) !== 'admin' && !isSysadmin(user)) throw http.forbidden()
  return { org, user }
}

/** `{user}` in the URL: an id or a slug. */
function findUser(db: Db, key: string): UserDoc | undefined {
  return db.usersById.get(key) ?? db.usersBySlug.get(key)
}

function targetMember(ctx: Ctx, org: OrgDoc) {
  const user = findUser(ctx.db, param(ctx, 'user'))
  const found = user && org.members.find((m) => m.user === user.id)
  if (!found) throw http.notFound()
  return found
}

function addMember(db: Db, org: OrgDoc, userId: string, role: OrgRole) {
  const added = { user: userId, role, since: db.tick() }
  org.members.push(added)
  return added
}

/** udata `request_fields`: handled_by, handled_on, refusal_comment, created_by never exposed. */
function membershipRequest(ctx: Ctx, r: MembershipRequestDoc, revealed: boolean) {
  const user = r.user ? ctx.db.usersById.get(r.user) : undefined
  return {
    assignments: r.assignments.map((a) => ({ class: a.class, id: a.id })),
    comment: r.comment,
    created: r.created,
    email: r.email,
    id: r.id,
    kind: r.kind,
    role: r.role,
    status: r.status,
    user: user ? userWithEmail(ctx, user, revealed) : null,
  }
}

function findRequest(ctx: Ctx, org: OrgDoc): MembershipRequestDoc {
  const found = ctx.db.state.membership_requests.find(
    (r) => r.id === param(ctx, 'id') && r.organization === org.id,
  )
  if (!found) throw http.plain(404, 'Unknown membership request id')
  return found
}

/** The notifications that announced this request or invitation are handled with it. */
function handleRequestNotifications(db: Db, request: MembershipRequestDoc): void {
  handleNotifications(
    db,
    (n) =>
      n.details.class === 'MembershipRequestNotificationDetails' &&
      n.details.request_id === request.id,
  )
}

function answer(
  db: Db,
  request: MembershipRequestDoc,
  by: string,
  status: MembershipRequestDoc['status'],
) {
  request.status = status
  request.handled_by = by
  request.handled_on = db.tick()
  handleRequestNotifications(db, request)
}

/**
 * Members and requests live in the organization document, whose every save bumps its
 * `last_modified` (udata `Datetimed` pre-save, *inferred*); assignments are documents of their own.
 */
function touch(db: Db, org: OrgDoc): void {
  org.last_modified = db.tick()
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

export function registerMemberRoutes(router: Router): void {
  router.put('/api/1/organizations/:org/member/:user/', async (ctx) => {
    const { org } = adminOrg(ctx)
    const found = targetMember(ctx, org)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const role = body.role
    if (!isRole(role))
      throw fve(
        'role',
        `'${shown(role)}' is not a valid choice. Valid choices: ['admin', 'editor', 'partial_editor']`,
      )
    // Any change of role wipes the assignments: leaving partial_editor loses them, entering it
    // starts with none.
    if (found.role !== role) wipeAssignments(ctx.db, org.id, found.user)
    found.role = role
    touch(ctx.db, org)
    ctx.changed()
    return http.json(member(ctx, found, false))
  })

  router.delete('/api/1/organizations/:org/member/:user/', (ctx) => {
    const { org } = adminOrg(ctx)
    const found = targetMember(ctx, org)
    org.members = org.members.filter((m) => m !== found)
    wipeAssignments(ctx.db, org.id, found.user)
    touch(ctx.db, org)
    ctx.changed()
    return http.noContent()
  })

  // Invitation by user id or e-mail; the validation order is udata's (assignments first).
  router.post('/api/1/organizations/:org/member/', async (ctx) => {
    const { org, user: admin } = adminOrg(ctx)
    const db = ctx.db
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const userId = typeof body.user === 'string' && body.user !== '' ? body.user : null
    const rawEmail =
      typeof body.email === 'string' && body.email.trim() !== '' ? body.email.trim() : null
    if (userId && rawEmail) throw fve('user', 'Cannot provide both user and email')
    if (!userId && !rawEmail) throw fve('user', 'Either user or email is required')
    let invited: UserDoc | null = null
    let email: string | null = null
    if (userId) {
      invited = db.usersById.get(userId) ?? null
      if (!invited) throw fve('user', `Unknown user '${userId}'`)
    } else if (rawEmail) {
      if (!EMAIL.test(rawEmail)) throw fve('email', 'Invalid email address')
      const lower = rawEmail.toLowerCase()
      invited = db.state.users.find((u) => u.email.toLowerCase() === lower) ?? null
      email = invited ? null : rawEmail
    }
    const role: unknown = body.role ?? 'editor'
    const rawAssignments = body.assignments ?? []
    if (Array.isArray(rawAssignments) && rawAssignments.length > 0 && role !== 'partial_editor')
      throw assignmentsError('Assignments can only be set for partial_editor role')
    const subjects = resolveAssignments(db, org, rawAssignments)
    if (!isRole(role)) throw fve('role', `Invalid role '${shown(role)}'`)
    const pending = db.state.membership_requests.filter(
      (r) => r.organization === org.id && r.status === 'pending',
    )
    if (invited) {
      const invitedId = invited.id
      if (org.members.some((m) => m.user === invitedId))
        throw fve('user', 'User is already a member')
      if (pending.some((r) => r.user === invitedId))
        throw fve('user', 'A request or invitation is already pending for this user')
    } else if (email) {
      const lower = email.toLowerCase()
      if (pending.some((r) => r.kind === 'invitation' && r.email?.toLowerCase() === lower))
        throw fve('email', 'An invitation is already pending for this email')
    }
    const invitation: MembershipRequestDoc = {
      id: db.newUuid(),
      organization: org.id,
      user: invited?.id ?? null,
      email,
      kind: 'invitation',
      status: 'pending',
      role,
      comment: typeof body.comment === 'string' && body.comment !== '' ? body.comment : null,
      assignments: subjects.map((s) => ({ class: s.class, id: s.id })),
      created: db.tick(),
      created_by: admin.id,
      handled_by: null,
      handled_on: null,
      refusal_comment: null,
    }
    db.state.membership_requests.push(invitation)
    if (invited) notifyInvitation(db, invitation)
    touch(ctx.db, org)
    ctx.changed()
    return http.json(membershipRequest(ctx, invitation, false), 201)
  })

  router.get('/api/1/organizations/:org/membership/', (ctx) => {
    const user = requireUser(ctx.user)
    const org = readableOrg(ctx)
    const status = ctx.url.searchParams.get('status')
    const only = ctx.url.searchParams.get('user')
    const isAdmin = ctx.db.memberRole(org.id, user.id) === 'admin' || isSysadmin(user)
    if (!isAdmin && only !== user.id)
      throw http.plain(403, 'You can only access your own membership requests')
    const items = ctx.db.state.membership_requests.filter(
      (r) =>
        r.organization === org.id &&
        (status === null || status === '' || r.status === status) &&
        (only === null || only === '' || r.user === only),
    )
    return http.json(items.map((r) => membershipRequest(ctx, r, true)))
  })

  // A join request by the caller; a second one while the first is pending updates its comment.
  router.post('/api/1/organizations/:org/membership/', async (ctx) => {
    const user = requireUser(ctx.user)
    const org = readableOrg(ctx)
    const db = ctx.db
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const comment = typeof body.comment === 'string' ? body.comment.trim() : ''
    if (!comment) throw fve('comment', "'comment' is required when 'kind' is 'request'")
    const existing = db.state.membership_requests.find(
      (r) =>
        r.organization === org.id &&
        r.user === user.id &&
        r.kind === 'request' &&
        r.status === 'pending',
    )
    if (existing) {
      existing.comment = comment
      touch(ctx.db, org)
      ctx.changed()
      return http.json(membershipRequest(ctx, existing, false))
    }
    const request: MembershipRequestDoc = {
      id: db.newUuid(),
      organization: org.id,
      user: user.id,
      email: null,
      kind: 'request',
      status: 'pending',
      role: 'editor',
      comment,
      assignments: [],
      created: db.tick(),
      created_by: user.id,
      handled_by: null,
      handled_on: null,
      refusal_comment: null,
    }
    db.state.membership_requests.push(request)
    notify(db, organizationAdmins(db, org.id), {
      class: 'MembershipRequestNotificationDetails',
      request_organization: org.id,
      request_user: user.id,
      kind: 'request',
      request_id: request.id,
    })
    touch(ctx.db, org)
    ctx.changed()
    return http.json(membershipRequest(ctx, request, false), 201)
  })

  router.post('/api/1/organizations/:org/membership/:id/accept/', (ctx) => {
    const { org, user: admin } = adminOrg(ctx)
    const db = ctx.db
    const request = findRequest(ctx, org)
    if (request.kind === 'invitation')
      throw http.plain(400, 'Use the cancel endpoint for invitations')
    const applicant = request.user as string
    const existing = org.members.find((m) => m.user === applicant)
    if (existing) return http.json(member(ctx, existing, false), 409)
    // udata ignores the request's role: a join request always makes an editor.
    const added = addMember(db, org, applicant, 'editor')
    answer(db, request, admin.id, 'accepted')
    notify(db, [applicant], {
      class: 'MembershipAcceptedNotificationDetails',
      organization: org.id,
    })
    touch(ctx.db, org)
    ctx.changed()
    return http.json(member(ctx, added, false))
  })

  router.post('/api/1/organizations/:org/membership/:id/refuse/', async (ctx) => {
    const { org, user: admin } = adminOrg(ctx)
    const db = ctx.db
    const request = findRequest(ctx, org)
    if (request.kind === 'invitation')
      throw http.plain(400, 'Use the cancel endpoint for invitations')
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    const comment =
      body !== null &&
      typeof body === 'object' &&
      'comment' in body &&
      typeof body.comment === 'string'
        ? body.comment.trim()
        : ''
    if (!comment) throw fve('comment', 'Comment is required')
    request.refusal_comment = comment
    answer(db, request, admin.id, 'refused')
    if (request.user)
      notify(db, [request.user], {
        class: 'MembershipRefusedNotificationDetails',
        organization: org.id,
      })
    touch(ctx.db, org)
    ctx.changed()
    return http.json({})
  })

  router.post('/api/1/organizations/:org/membership/:id/cancel/', (ctx) => {
    const { org, user: admin } = adminOrg(ctx)
    const request = findRequest(ctx, org)
    if (request.kind !== 'invitation') throw http.plain(400, 'Only invitations can be canceled')
    if (request.status !== 'pending')
      throw http.plain(400, 'Only pending invitations can be canceled')
    answer(ctx.db, request, admin.id, 'canceled')
    touch(ctx.db, org)
    ctx.changed()
    return http.json({})
  })

  router.get('/api/1/me/org_invitations/', (ctx) => {
    const user = requireUser(ctx.user)
    const db = ctx.db
    return http.json(
      db.state.membership_requests
        .filter((r) => r.kind === 'invitation' && r.status === 'pending' && r.user === user.id)
        .map((r) => ({
          assignments: r.assignments.map((a) => ({ class: a.class, id: a.id })),
          comment: r.comment,
          created: r.created,
          id: r.id,
          organization: orgRef(ctx, db.orgsById.get(r.organization)),
          role: r.role,
        })),
    )
  })

  router.post('/api/1/me/org_invitations/:id/accept/', (ctx) => {
    const user = requireUser(ctx.user)
    const db = ctx.db
    const invitation = myInvitation(ctx, user)
    const org = db.orgsById.get(invitation.organization)
    if (!org) throw http.plain(404, 'Invitation not found')
    if (!org.members.some((m) => m.user === user.id)) addMember(db, org, user.id, invitation.role)
    if (invitation.role === 'partial_editor')
      // purged or transferred since the invitation: skipped, as udata does
      setAssignments(db, org.id, user.id, stillAssignable(db, org, invitation.assignments))
    answer(db, invitation, user.id, 'accepted')
    touch(db, org)
    ctx.changed()
    return http.json({ message: 'Invitation accepted' })
  })

  router.post('/api/1/me/org_invitations/:id/refuse/', (ctx) => {
    const user = requireUser(ctx.user)
    const invitation = myInvitation(ctx, user)
    answer(ctx.db, invitation, user.id, 'refused')
    const org = ctx.db.orgsById.get(invitation.organization)
    if (org) touch(ctx.db, org)
    ctx.changed()
    return http.json({ message: 'Invitation refused' })
  })

  // Admin only; the plain array of every assignment in the org (cdata filters by user itself).
  router.get('/api/1/organizations/:org/assignments/', (ctx) => {
    const { org } = adminOrg(ctx)
    return http.json(
      ctx.db.state.assignments
        .filter((a) => a.organization === org.id)
        .map((a) => assignment(ctx, a)),
    )
  })

  // Replaces the whole set of one partial editor's assignments.
  router.put('/api/1/organizations/:org/member/:user/assignments/', async (ctx) => {
    const { org } = adminOrg(ctx)
    const db = ctx.db
    const target = findUser(db, param(ctx, 'user'))
    if (!target || db.memberRole(org.id, target.id) !== 'partial_editor')
      throw http.plain(400, 'User must be a partial_editor member of this organization')
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    const subjects = resolveAssignments(db, org, body)
    setAssignments(db, org.id, target.id, subjects)
    ctx.changed()
    return http.json(
      db.state.assignments
        .filter((a) => a.organization === org.id && a.user === target.id)
        .map((a) => assignment(ctx, a)),
    )
  })
}

function myInvitation(ctx: Ctx, user: UserDoc): MembershipRequestDoc {
  const invitation = ctx.db.state.membership_requests.find(
    (r) => r.id === param(ctx, 'id') && r.kind === 'invitation' && r.user === user.id,
  )
  if (!invitation) throw http.plain(404, 'Invitation not found')
  if (invitation.status !== 'pending') throw http.plain(400, 'Invitation is not pending')
  return invitation
}

/** The invited user hears of it (udata: on creation, or when an e-mail gets its account). */
export function notifyInvitation(db: Db, invitation: MembershipRequestDoc): void {
  if (!invitation.user) return
  notify(db, [invitation.user], {
    class: 'MembershipRequestNotificationDetails',
    request_organization: invitation.organization,
    request_user: invitation.user,
    kind: 'invitation',
    request_id: invitation.id,
  })
}

/**
 * `match_email_invitations`: a new account takes over the pending invitations sent to its
 * e-mail (`user` set, `email` cleared) and is notified of each.
 */
export function matchEmailInvitations(db: Db, user: UserDoc): void {
  const lower = user.email.toLowerCase()
  for (const invitation of db.state.membership_requests) {
    if (invitation.kind !== 'invitation' || invitation.status !== 'pending') continue
    if (invitation.user !== null || invitation.email?.toLowerCase() !== lower) continue
    invitation.user = user.id
    invitation.email = null
    notifyInvitation(db, invitation)
  }
}
