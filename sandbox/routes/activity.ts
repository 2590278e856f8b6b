// GET /api/1/activity/?organization=&user=&related_to=&page&page_size — newest first.
import { json, idArg, paginate } from '../http.ts'
import type { Router } from '../router.ts'
import { activity } from '../serialize.ts'

export function registerActivityRoutes(router: Router): void {
  router.get('/api/1/activity/', (ctx) => {
    const organization = idArg(ctx.url, 'organization', 'Organization')
    const user = idArg(ctx.url, 'user', 'User')
    const relatedTo = idArg(ctx.url, 'related_to', 'Related to')
    const items = ctx.db.state.activities.filter(
      (a) =>
        (!organization || a.organization === organization) &&
        (!user || a.actor === user) &&
        (!relatedTo || a.related_to_id === relatedTo),
    )
    // udata drops items the caller cannot read *after* pagination (a page may be short)
    const page = paginate(items, ctx.url, 20, (a) => a)
    const visible = page.data.filter((a) => {
      if (a.related_to_kind !== 'Dataset') return true
      const ds = ctx.db.datasetsById.get(a.related_to_id)
      if (!ds) return false
      if (!ds.private && !ds.deleted) return true
      const me = ctx.user
      return (
        me !== null && (ds.owner === me.id || ctx.db.memberRole(ds.organization, me.id) !== null)
      )
    })
    return json({ ...page, data: visible.map((a) => activity(ctx, a)) })
  })
}
