// GET /api/1/notifications/ and POST /api/1/notifications/{id}/read/ (udata 14.3.0+): the
// caller's own notifications, a DB page newest first, details expanded as udata embeds them.
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { param } from '../lookup.ts'
import type { Router } from '../router.ts'
import { datasetV1, discussion, orgRef, userRef } from '../serialize.ts'
import { partyRef, subjectRef } from '../transfer-subjects.ts'
import type { NotificationDetailsDoc, NotificationDoc } from '../types.ts'

const SORT_FIELDS: Record<string, 'created_at' | 'last_modified' | 'handled_at'> = {
  created: 'created_at',
  last_modified: 'last_modified',
  handled_at: 'handled_at',
}

function details(ctx: Ctx, d: NotificationDetailsDoc) {
  const db = ctx.db
  switch (d.class) {
    case 'MembershipRequestNotificationDetails':
      return {
        class: d.class,
        kind: d.kind,
        request_organization: orgRef(ctx, db.orgsById.get(d.request_organization)),
        request_user: d.request_user ? userRef(ctx, db.usersById.get(d.request_user)) : null,
      }
    case 'MembershipAcceptedNotificationDetails':
    case 'MembershipRefusedNotificationDetails':
      return { class: d.class, organization: orgRef(ctx, db.orgsById.get(d.organization)) }
    case 'NewBadgeNotificationDetails':
      return {
        class: d.class,
        kind: d.kind,
        organization: orgRef(ctx, db.orgsById.get(d.organization)),
      }
    case 'DiscussionNotificationDetails': {
      const target = db.discussionsById.get(d.discussion)
      return {
        class: d.class,
        status: d.status,
        message_id: d.message_id,
        discussion: target ? discussion(ctx, target) : null,
      }
    }
    case 'ReuseCreatedNotificationDetails': {
      const reuse = db.reusesById.get(d.reuse)
      const dataset = db.datasetsById.get(d.dataset)
      return {
        class: d.class,
        reuse: reuse
          ? {
              class: 'Reuse',
              id: reuse.id,
              title: reuse.title,
              uri: `${ctx.origin}/api/1/reuses/${reuse.slug}/`,
              page: `${ctx.origin}/fr/reuses/${reuse.slug}/`,
            }
          : null,
        dataset: dataset ? datasetV1(ctx, dataset) : null,
      }
    }
    case 'DataserviceCreatedNotificationDetails': {
      const target = db.dataservicesById.get(d.dataservice)
      const dataset = db.datasetsById.get(d.dataset)
      return {
        class: d.class,
        dataservice: target
          ? {
              class: 'Dataservice',
              id: target.id,
              title: target.title,
              self_api_url: `${ctx.origin}/api/1/dataservices/${target.slug}/`,
              self_web_url: `${ctx.origin}/fr/dataservices/${target.slug}/`,
            }
          : null,
        dataset: dataset ? datasetV1(ctx, dataset) : null,
      }
    }
    case 'TransferRequestNotificationDetails': {
      const transfer = db.state.transfers.find((t) => t.id === d.transfer)
      return {
        class: d.class,
        transfer_owner: transfer ? partyRef(ctx, transfer.owner) : null,
        transfer_recipient: transfer ? partyRef(ctx, transfer.recipient) : null,
        transfer_subject: transfer ? subjectRef(ctx, transfer.subject) : null,
      }
    }
  }
}

function serialize(ctx: Ctx, n: NotificationDoc) {
  return {
    created_at: n.created_at,
    details: details(ctx, n.details),
    handled_at: n.handled_at,
    id: n.id,
    last_modified: n.last_modified,
    user: userRef(ctx, ctx.db.usersById.get(n.user)),
  }
}

export function registerNotificationRoutes(router: Router): void {
  router.get('/api/1/notifications/', (ctx) => {
    const user = requireUser(ctx.user)
    const handled = http.boolArg(ctx.url, 'handled')
    const sort = ctx.url.searchParams.get('sort') || '-created'
    const field = SORT_FIELDS[sort.replace(/^-/, '')]
    if (!field) throw http.reqparse('sort', `The value '${sort}' is not a valid choice for 'sort'.`)
    const descending = sort.startsWith('-')
    const items = ctx.db.state.notifications
      .filter((n) => n.user === user.id)
      .filter((n) => handled === null || (n.handled_at !== null) === handled)
      .sort((a, b) => {
        const cmp = (a[field] ?? '').localeCompare(b[field] ?? '')
        return descending ? -cmp : cmp
      })
    return http.json(http.paginate(items, ctx.url, 20, (n) => serialize(ctx, n)))
  })

  router.post('/api/1/notifications/:id/read/', (ctx) => {
    const user = requireUser(ctx.user)
    const n = ctx.db.state.notifications.find((x) => x.id === param(ctx, 'id'))
    if (!n) throw http.notFound()
    if (n.user !== user.id) throw http.forbidden()
    if (n.handled_at === null) {
      n.handled_at = ctx.db.tick()
      n.last_modified = n.handled_at
      ctx.changed()
    }
    return http.json(serialize(ctx, n))
  })
}
