// /me/ and organizations: get (members, roles), contacts, org dataset/reuse lists (members and
// assignments: routes/members.ts).
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { findOrg, param } from '../lookup.ts'
import { isOwnerSide } from '../permissions.ts'
import type { Router } from '../router.ts'
import { contactPoint, datasetV1, me, organization, reuseV1 } from '../serialize.ts'
import type { OrgDoc } from '../types.ts'
import { foldText } from '../util.ts'

export function readableOrg(ctx: Ctx): OrgDoc {
  const org = findOrg(ctx, param(ctx, 'org'))
  if (org.deleted && !(ctx.user && ctx.db.memberRole(org.id, ctx.user.id))) {
    throw http.plain(410, 'Organization has been deleted')
  }
  return org
}

export function registerOrganizationRoutes(router: Router): void {
  router.get('/api/1/me/', (ctx) => http.json(me(ctx, requireUser(ctx.user))))

  router.get('/api/1/organizations/', (ctx) => {
    const query = foldText(ctx.url.searchParams.get('q') ?? '')
    const orgs = ctx.db.state.organizations.filter(
      (o) => !o.deleted && foldText(o.name).includes(query),
    )
    return http.json(http.paginate(orgs, ctx.url, 20, (o) => organization(ctx, o)))
  })

  router.get('/api/1/organizations/:org/', (ctx) =>
    http.json(organization(ctx, readableOrg(ctx), true)),
  )

  // DB list of contact points (for dataset `contact_points`)
  router.get('/api/1/organizations/:org/contacts/', (ctx) => {
    const org = readableOrg(ctx)
    const contacts = ctx.db.state.contacts.filter((c) => c.organization === org.id)
    return http.json(http.paginate(contacts, ctx.url, 20, (c) => contactPoint(ctx, c)))
  })

  router.get('/api/1/organizations/:org/contacts/suggest/', (ctx) => {
    const org = readableOrg(ctx)
    const query = foldText(ctx.url.searchParams.get('q') ?? '')
    const size = http.positiveInt(ctx.url, 'size', 10)
    const contacts = ctx.db.state.contacts.filter(
      (c) =>
        c.organization === org.id &&
        (foldText(c.name).includes(query) || foldText(c.email ?? '').includes(query)),
    )
    return http.json(contacts.slice(0, size).map((c) => contactPoint(ctx, c)))
  })

  // Quirk: only sort/page/page_size are honoured; archived and deleted datasets are included for
  // everyone, private ones only for members.
  router.get('/api/1/organizations/:org/datasets/', (ctx) => {
    const org = readableOrg(ctx)
    const member = isOwnerSide(ctx.db, ctx.user, { organization: org.id, owner: null })
    const sort = ctx.url.searchParams.get('sort') ?? '-created'
    const items = ctx.db.state.datasets
      .filter((d) => d.organization === org.id && (member || !d.private))
      .sort((a, b) => {
        const key = sort.replace(/^-/, '')
        const va = key === 'title' ? a.title : key === 'views' ? a.views : a.created_at_internal
        const vb = key === 'title' ? b.title : key === 'views' ? b.views : b.created_at_internal
        const cmp = va < vb ? -1 : va > vb ? 1 : 0
        return sort.startsWith('-') ? -cmp : cmp
      })
    return http.json(http.paginate(items, ctx.url, 20, (d) => datasetV1(ctx, d)))
  })

  // Plain list (no pagination) of all org reuses; private ones only for members; deleted included.
  router.get('/api/1/organizations/:org/reuses/', (ctx) => {
    const org = readableOrg(ctx)
    const member = isOwnerSide(ctx.db, ctx.user, { organization: org.id, owner: null })
    const items = ctx.db.state.reuses.filter(
      (r) => r.organization === org.id && (member || !r.private),
    )
    return http.json(items.map((r) => reuseV1(ctx, r, false)))
  })
}
