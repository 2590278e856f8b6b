// Discussions (list, get, create, reply/close, edit title, delete) and reports.
import { recordActivity } from '../activity.ts'
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { findOrg, param } from '../lookup.ts'
import { handleNotifications, notify } from '../notifications.ts'
import { isOwnerSide } from '../permissions.ts'
import { reportReasonIds } from '../reference.ts'
import type { Router } from '../router.ts'
import { discussion as serializeDiscussion, subjectOwner } from '../serialize.ts'
import type { DiscussionDoc } from '../types.ts'
import { foldText, isRecord } from '../util.ts'

function fieldErrors(errors: Record<string, string>): http.HttpError {
  return new http.HttpError(
    http.json({ errors, message: Object.values(errors)[0] ?? 'Validation error' }, 400),
  )
}

/** Discussions on objects the caller cannot see (private / deleted subjects) are hidden. */
function subjectVisible(ctx: Ctx, d: DiscussionDoc): boolean {
  const db = ctx.db
  const subject = db.subjectDoc(d.subject.class, d.subject.id)
  if (!subject) return false
  const deleted = 'deleted_at' in subject ? subject.deleted_at : subject.deleted
  if (!subject.private && !deleted) return true
  return isOwnerSide(db, ctx.user, subject)
}

function findDiscussion(ctx: Ctx): DiscussionDoc {
  const id = param(ctx, 'id')
  const d = ctx.db.discussionsById.get(id)
  if (!d || !subjectVisible(ctx, d)) throw http.notFound()
  return d
}

function subjectOrgOf(ctx: Ctx, d: DiscussionDoc): string | null {
  const db = ctx.db
  return db.subjectDoc(d.subject.class, d.subject.id)?.organization ?? null
}

/**
 * udata notifies every participant and every member (any role) of the subject's organization,
 * or its owner, except the author; the author's own pending ones on it are handled meanwhile.
 */
function notifyDiscussion(
  ctx: Ctx,
  d: DiscussionDoc,
  authorId: string,
  status: 'new_discussion' | 'new_comment' | 'closed',
  messageId: string | null,
): void {
  const db = ctx.db
  handleNotifications(
    db,
    (n) =>
      n.user === authorId &&
      n.details.class === 'DiscussionNotificationDetails' &&
      n.details.discussion === d.id,
  )
  const subject = db.subjectDoc(d.subject.class, d.subject.id)
  const owners = subject?.organization
    ? (db.orgsById.get(subject.organization)?.members.map((m) => m.user) ?? [])
    : subject?.owner
      ? [subject.owner]
      : []
  const recipients = [...d.messages.map((m) => m.posted_by), ...owners].filter(
    (id) => id !== authorId,
  )
  notify(db, recipients, {
    class: 'DiscussionNotificationDetails',
    status,
    message_id: messageId,
    discussion: d.id,
  })
}

/** `organization` in a body = post as that organization (caller must be a member). */
function postingOrg(ctx: Ctx, body: Record<string, unknown>, userId: string): string | null {
  const raw = body.organization
  const id =
    typeof raw === 'string' ? raw : isRecord(raw) && typeof raw.id === 'string' ? raw.id : null
  if (!id) return null
  if (!ctx.db.orgsById.has(id) || ctx.db.memberRole(id, userId) === null) {
    throw fieldErrors({ organization: 'Permission denied for this organization' })
  }
  return id
}

export function registerDiscussionRoutes(router: Router): void {
  router.get('/api/1/discussions/', (ctx) => {
    const url = ctx.url
    const forIds = url.searchParams.getAll('for').filter(Boolean)
    for (const id of forIds)
      if (!/^[0-9a-f]{24}$/i.test(id)) throw http.plain(400, '`for` arg must be an identifier')
    const org = http.idArg(url, 'org', 'Org')
    const user = http.idArg(url, 'user', 'User')
    const closed = http.boolArg(url, 'closed')
    const sort =
      http.choiceArg(
        url,
        'sort',
        ['title', 'created', 'closed', 'discussion.posted_on'].flatMap((s) => [s, `-${s}`]),
      ) ?? '-created'
    const q = foldText(url.searchParams.get('q') ?? '').trim()
    const items = ctx.db.state.discussions.filter((d) => {
      if (forIds.length > 0 && !forIds.includes(d.subject.id)) return false
      if (org && subjectOrgOf(ctx, d) !== org) return false
      if (user && d.user !== user) return false
      if (closed !== null && (d.closed !== null) !== closed) return false
      if (q && !foldText(`${d.title} ${d.messages.map((m) => m.content).join(' ')}`).includes(q))
        return false
      return subjectVisible(ctx, d)
    })
    const key = sort.replace(/^-/, '')
    const value = (d: DiscussionDoc) =>
      key === 'title'
        ? d.title
        : key === 'closed'
          ? (d.closed ?? '')
          : key === 'discussion.posted_on'
            ? (d.messages.at(-1)?.posted_on ?? '')
            : d.created
    items.sort((a, b) => {
      const cmp = value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0
      return sort.startsWith('-') ? -cmp : cmp
    })
    return http.json(http.paginate(items, url, 20, (d) => serializeDiscussion(ctx, d)))
  })

  router.get('/api/1/discussions/:id/', (ctx) =>
    http.json(serializeDiscussion(ctx, findDiscussion(ctx))),
  )

  router.get('/api/1/organizations/:org/discussions/', (ctx) => {
    const org = findOrg(ctx, param(ctx, 'org'))
    const items = ctx.db.state.discussions
      .filter((d) => subjectOrgOf(ctx, d) === org.id && subjectVisible(ctx, d))
      .sort((a, b) => b.created.localeCompare(a.created))
    return http.json(items.map((d) => serializeDiscussion(ctx, d)))
  })

  router.post('/api/1/discussions/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const errors: Record<string, string> = {}
    const title = typeof body.title === 'string' ? body.title.trim() : ''
    const comment = typeof body.comment === 'string' ? body.comment : ''
    if (!title) errors.title = 'Field is required'
    if (!comment.trim()) errors.comment = 'Field is required'
    else if (comment.length > 50_000) errors.comment = 'String value is too long'
    const subject = isRecord(body.subject) ? body.subject : null
    const cls = subject?.class
    const sid = typeof subject?.id === 'string' ? subject.id : ''
    const subjectClass = cls === 'Dataset' || cls === 'Reuse' || cls === 'Dataservice' ? cls : null
    const target = subjectClass ? ctx.db.subjectDoc(subjectClass, sid) : undefined
    const hidden =
      target !== undefined &&
      (target.private || ('deleted_at' in target ? target.deleted_at : target.deleted) !== null)
    if (!subject) errors.subject = 'Field is required'
    else if (!target || !subjectClass || (hidden && !isOwnerSide(ctx.db, user, target))) {
      errors.subject = `Unknown reference '${sid}'`
    }
    if (Object.keys(errors).length > 0) throw fieldErrors(errors)
    const asOrg = postingOrg(ctx, body, user.id)
    const now = ctx.db.tick()
    const d: DiscussionDoc = {
      id: ctx.db.newObjectId(),
      title,
      subject: { class: subjectClass ?? 'Dataset', id: sid },
      user: user.id,
      organization: asOrg,
      created: now,
      closed: null,
      closed_by: null,
      closed_by_organization: null,
      messages: [newMessage(ctx, comment, user.id, asOrg, now)],
      extras: isRecord(body.extras) ? body.extras : {},
    }
    ctx.db.addDiscussion(d)
    notifyDiscussion(ctx, d, user.id, 'new_discussion', d.messages[0]?.id ?? null)
    recordActivity(
      ctx,
      user,
      { kind: 'Discussion', id: d.id, title: d.title, organization: subjectOrgOf(ctx, d) },
      'discussion:created',
      [],
      { subject: d.subject },
    )
    ctx.changed()
    return http.json(serializeDiscussion(ctx, d), 201)
  })

  // reply and/or close
  router.post('/api/1/discussions/:id/', async (ctx) => {
    const user = requireUser(ctx.user)
    const d = findDiscussion(ctx)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const comment = typeof body.comment === 'string' ? body.comment : ''
    const close = body.close === true
    if (d.closed) throw http.plain(403, "Can't add comments on a closed discussion")
    if (!comment.trim() && !close)
      throw http.plain(400, 'You must provide a comment or close the discussion')
    if (comment.length > 50_000) throw fieldErrors({ comment: 'String value is too long' })
    const canClose =
      subjectOwner(ctx, d).canClose(user.id) || d.user === user.id || user.roles.includes('admin')
    if (close && !canClose) throw http.forbidden()
    const asOrg = postingOrg(ctx, body, user.id)
    const now = ctx.db.tick()
    if (comment.trim()) {
      d.messages.push(newMessage(ctx, comment, user.id, asOrg, now))
    }
    if (close) {
      d.closed = now
      d.closed_by = user.id
      d.closed_by_organization = asOrg
    }
    notifyDiscussion(
      ctx,
      d,
      user.id,
      close ? 'closed' : 'new_comment',
      comment.trim() ? (d.messages.at(-1)?.id ?? null) : null,
    )
    recordActivity(
      ctx,
      user,
      { kind: 'Discussion', id: d.id, title: d.title, organization: subjectOrgOf(ctx, d) },
      close ? 'discussion:closed' : 'discussion:replied',
      [],
      { subject: d.subject },
    )
    ctx.changed()
    return http.json(serializeDiscussion(ctx, d))
  })

  router.put('/api/1/discussions/:id/', async (ctx) => {
    const user = requireUser(ctx.user)
    const d = findDiscussion(ctx)
    if (d.user !== user.id && !user.roles.includes('admin')) throw http.forbidden()
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    if (typeof body.title !== 'string' || !body.title.trim())
      throw fieldErrors({ title: 'Field is required' })
    d.title = body.title.trim()
    ctx.changed()
    return http.json(serializeDiscussion(ctx, d))
  })

  router.delete('/api/1/discussions/:id/', (ctx) => {
    const user = requireUser(ctx.user)
    const d = findDiscussion(ctx)
    if (d.user !== user.id && !user.roles.includes('admin')) throw http.forbidden()
    ctx.db.state.discussions = ctx.db.state.discussions.filter((x) => x.id !== d.id)
    ctx.db.discussionsById.delete(d.id)
    ctx.db.state.notifications = ctx.db.state.notifications.filter(
      (n) =>
        !(n.details.class === 'DiscussionNotificationDetails' && n.details.discussion === d.id),
    )
    ctx.changed()
    return http.noContent()
  })

  // ---- reports (listing is sysadmin-only in udata)
  router.post('/api/1/reports/', async (ctx) => {
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const errors: Record<string, string> = {}
    const subject = isRecord(body.subject) ? body.subject : null
    const cls = typeof subject?.class === 'string' ? subject.class : ''
    const sid = typeof subject?.id === 'string' ? subject.id : ''
    const exists =
      cls === 'Dataset'
        ? ctx.db.datasetsById.has(sid)
        : cls === 'Reuse'
          ? ctx.db.reusesById.has(sid)
          : cls === 'Discussion'
            ? ctx.db.discussionsById.has(sid)
            : cls === 'Organization'
              ? ctx.db.orgsById.has(sid)
              : false
    if (!subject) errors.subject = 'Field is required'
    else if (!exists) errors.subject = `Unknown reference '${sid}'`
    const reason = body.reason
    if (typeof reason !== 'string' || !reason) errors.reason = 'Field is required'
    else if (!reportReasonIds.includes(reason))
      errors.reason = `'${reason}' is not a valid choice. Valid choices: [${reportReasonIds.map((r) => `'${r}'`).join(', ')}]`
    if (Object.keys(errors).length > 0) throw fieldErrors(errors)
    const report = {
      id: ctx.db.newObjectId(),
      by: ctx.user?.id ?? null,
      subject: { class: cls, id: sid },
      reason: String(reason),
      message: typeof body.message === 'string' ? body.message : null,
      reported_at: ctx.db.tick(),
    }
    ctx.db.state.reports.push(report)
    ctx.changed()
    return http.json(
      {
        id: report.id,
        by: ctx.user ? { id: ctx.user.id, class: 'User' } : null,
        subject: report.subject,
        reason: report.reason,
        message: report.message,
        reported_at: report.reported_at,
        dismissed_at: null,
        dismissed_by: null,
        self_api_url: `${ctx.origin}/api/1/reports/${report.id}/`,
      },
      201,
    )
  })
}

/** A message as a new thread or a reply posts it, as the user or on behalf of `asOrg`. */
function newMessage(ctx: Ctx, content: string, userId: string, asOrg: string | null, now: string) {
  return {
    id: ctx.db.newUuid(),
    content,
    posted_on: now,
    posted_by: userId,
    posted_by_organization: asOrg,
    last_modified_at: null,
  }
}
