// Community resources (udata/core/dataset/api.py CommunityResourcesAPI/CommunityResourceAPI):
// a top-level collection of resources third parties publish on any dataset. They belong to
// their publisher: `organization=`/`owner=` filter by publisher, and the dataset's organization
// gets 403 on PUT/DELETE. Registered before the dataset routes, whose `/datasets/:dataset/`
// would otherwise take `community_resources` for a dataset slug.
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { communityResourcePermissions } from '../permissions.ts'
import { createRemoteResource, updateResource } from '../resource-form.ts'
import type { Router } from '../router.ts'
import { datasetRef, ownedBy, resource } from '../serialize.ts'
import type { CommunityResourceDoc } from '../types.ts'
import { isRecord } from '../util.ts'

/** `sort` is a raw field name handed to Mongo; the fields a CR document has, by API name. */
const SORT_FIELDS: Record<string, (cr: CommunityResourceDoc) => string | number> = {
  created_at_internal: (cr) => cr.created_at,
  created_at: (cr) => cr.created_at,
  last_modified_internal: (cr) => cr.last_modified_internal,
  last_modified: (cr) => cr.last_modified,
  title: (cr) => cr.title,
  format: (cr) => cr.format ?? '',
  filesize: (cr) => cr.filesize ?? 0,
}

export function communityResource(ctx: Ctx, cr: CommunityResourceDoc) {
  const db = ctx.db
  const ds = cr.dataset ? db.datasetsById.get(cr.dataset) : undefined
  return {
    ...resource(ctx, cr),
    dataset: datasetRef(ctx, ds),
    ...ownedBy(ctx, cr),
    permissions: communityResourcePermissions(db, ctx.user, cr),
  }
}

function findCommunityResource(ctx: Ctx): CommunityResourceDoc {
  const cr = ctx.db.state.community_resources.find((c) => c.id === ctx.params.crid)
  if (!cr) throw http.notFound()
  return cr
}

function editable(ctx: Ctx): CommunityResourceDoc {
  const user = requireUser(ctx.user)
  const cr = findCommunityResource(ctx)
  if (!communityResourcePermissions(ctx.db, user, cr).edit) throw http.forbidden()
  return cr
}

function wtfError(field: string, message: string): http.HttpError {
  return new http.HttpError(http.json({ errors: { [field]: [message] } }, 400))
}

export function registerCommunityRoutes(router: Router): void {
  router.get('/api/1/datasets/community_resources/', (ctx) => {
    const { url } = ctx
    const dataset = url.searchParams.get('dataset')
    const organization = url.searchParams.get('organization')
    const owner = url.searchParams.get('owner')
    // no visibility rules (CRs are never private), and `q` is not an argument: ignored
    const items = ctx.db.state.community_resources.filter(
      (cr) =>
        (!dataset || cr.dataset === dataset) &&
        (!organization || cr.organization === organization) &&
        (!owner || cr.owner === owner),
    )
    const sort = url.searchParams.get('sort') || '-created_at_internal'
    const value = SORT_FIELDS[sort.replace(/^-/, '')]
    // an unknown field sorts nothing in Mongo (every document lacks it): storage order
    if (value) {
      const desc = sort.startsWith('-')
      items.sort((a, b) => {
        const va = value(a)
        const vb = value(b)
        const cmp = va < vb ? -1 : va > vb ? 1 : 0
        return desc ? -cmp : cmp
      })
    }
    return http.json(http.paginate(items, url, 20, (cr) => communityResource(ctx, cr)))
  })

  router.post('/api/1/datasets/community_resources/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await http.readJsonObject(ctx.request, 'wtforms', ctx.maxJsonBytes)
    const ref = isRecord(body.dataset) ? body.dataset.id : body.dataset
    if (typeof ref !== 'string' || !ref) throw wtfError('dataset', 'This field is required.')
    const ds = ctx.db.datasetsById.get(ref)
    if (!ds || ds.deleted) throw wtfError('dataset', 'Unknown dataset')
    const orgRefValue = isRecord(body.organization) ? body.organization.id : body.organization
    const organization = typeof orgRefValue === 'string' && orgRefValue ? orgRefValue : null
    if (organization && ctx.db.memberRole(organization, user.id) === null)
      throw wtfError('organization', 'Permission denied for this organization')
    const created = createRemoteResource(ctx, body)
    const cr: CommunityResourceDoc = {
      ...created,
      dataset: ds.id,
      organization,
      owner: organization ? null : user.id,
    }
    ctx.db.state.community_resources.unshift(cr)
    ctx.changed()
    return http.json(communityResource(ctx, cr), 201)
  })

  router.get('/api/1/datasets/community_resources/:crid/', (ctx) =>
    http.json(communityResource(ctx, findCommunityResource(ctx))),
  )

  router.put('/api/1/datasets/community_resources/:crid/', async (ctx) => {
    const current = editable(ctx)
    const body = await http.readJsonObject(ctx.request, 'wtforms', ctx.maxJsonBytes)
    const next: CommunityResourceDoc = { ...current, ...updateResource(ctx, current, body) }
    const list = ctx.db.state.community_resources
    list[list.indexOf(current)] = next
    ctx.changed()
    return http.json(communityResource(ctx, next))
  })

  router.delete('/api/1/datasets/community_resources/:crid/', (ctx) => {
    const current = editable(ctx)
    const list = ctx.db.state.community_resources
    list.splice(list.indexOf(current), 1)
    ctx.changed()
    return http.noContent()
  })
}
