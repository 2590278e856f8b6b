// Harvest, read side (udata/harvest/api.py): backends, sources (with the `deleted` quirk), a
// source, its jobs, a job and its items. Errors' `details` (tracebacks) only for sysadmins.
import { isSysadmin } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { harvestSourcePermissions } from '../permissions.ts'
import type { Router } from '../router.ts'
import { datasetRef, ownedBy, userRef } from '../serialize.ts'
import type { HarvestError, HarvestItemDoc, HarvestJobDoc, HarvestSourceDoc } from '../types.ts'
import { foldText } from '../util.ts'

const ITEM_STATUSES = ['pending', 'started', 'done', 'failed', 'skipped', 'archived'] as const

/** The core backends as udata ≥ 10 describes them (labels in English, as the API sends them). */
const BACKENDS = [
  { id: 'dcat', label: 'DCAT' },
  { id: 'csw-dcat', label: 'CSW-DCAT' },
  { id: 'csw-iso-19139', label: 'CSW-ISO-19139' },
  { id: 'ckan', label: 'CKAN' },
].map((b) => ({
  ...b,
  extra_configs: [],
  features: [],
  filters:
    b.id === 'ckan'
      ? [
          { key: 'organization', label: 'Organization', type: 'string', description: null },
          { key: 'tags', label: 'Tag', type: 'string', description: null },
        ]
      : [],
}))

function errors(ctx: Ctx, list: readonly HarvestError[]) {
  const sys = isSysadmin(ctx.user)
  return list.map((e) => ({
    created_at: e.created_at,
    message: e.message,
    details: sys ? e.details : null,
  }))
}

function count<K extends string>(keys: readonly K[], values: readonly string[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
  for (const v of values) if (v in out) out[v as K] += 1
  return out
}

function sourceRef(ctx: Ctx, source: HarvestSourceDoc | undefined) {
  if (!source) return null
  return {
    id: source.id,
    name: source.name,
    uri: `${ctx.origin}/api/1/harvest/source/${source.id}/`,
  }
}

function job(ctx: Ctx, j: HarvestJobDoc) {
  return {
    created: j.created,
    ended: j.ended,
    errors: errors(ctx, j.errors),
    id: j.id,
    items: {
      by_status: count(
        ITEM_STATUSES,
        j.items.map((i) => i.status),
      ),
      by_type: { dataservice: 0, dataset: j.items.length },
      href: `${ctx.origin}/api/1/harvest/job/${j.id}/items/`,
      rel: 'subsection',
      total: j.items.length,
      type: 'GET',
    },
    source: sourceRef(
      ctx,
      ctx.db.state.harvest_sources.find((s) => s.id === j.source),
    ),
    started: j.started,
    status: j.status,
  }
}

function item(ctx: Ctx, i: HarvestItemDoc) {
  const ds = i.dataset ? ctx.db.datasetsById.get(i.dataset) : undefined
  return {
    args: [],
    created: i.created,
    dataservice: null,
    dataset: datasetRef(ctx, ds),
    ended: i.ended,
    errors: errors(ctx, i.errors),
    kwargs: {},
    logs: i.logs,
    remote_id: i.remote_id,
    remote_url: i.remote_url,
    started: i.started,
    status: i.status,
  }
}

function source(ctx: Ctx, s: HarvestSourceDoc) {
  const db = ctx.db
  // jobs are stored newest first
  const last = db.state.harvest_jobs.find((j) => j.source === s.id)
  return {
    active: s.active,
    autoarchive: s.autoarchive,
    backend: s.backend,
    config: s.config,
    created_at: s.created_at,
    deleted: s.deleted,
    description: s.description,
    id: s.id,
    last_job: last ? job(ctx, last) : null,
    name: s.name,
    ...ownedBy(ctx, s),
    permissions: harvestSourcePermissions(db, ctx.user, s),
    schedule: s.schedule,
    slug: s.slug,
    url: s.url,
    validation: {
      by: s.validation.by ? userRef(ctx, db.usersById.get(s.validation.by)) : null,
      comment: s.validation.comment,
      on: s.validation.on,
      state: s.validation.state,
    },
  }
}

function findSource(ctx: Ctx): HarvestSourceDoc {
  const key = ctx.params.source ?? ''
  const s = ctx.db.state.harvest_sources.find((x) => x.id === key || x.slug === key)
  if (!s) throw http.notFound()
  return s
}

function findJob(ctx: Ctx): HarvestJobDoc {
  const j = ctx.db.state.harvest_jobs.find((x) => x.id === ctx.params.job)
  if (!j) throw http.notFound()
  return j
}

export function registerHarvestRoutes(router: Router): void {
  router.get('/api/1/harvest/backends/', () => http.json(BACKENDS))

  router.get('/api/1/harvest/sources/', (ctx) => {
    const { url } = ctx
    const organization = url.searchParams.get('organization')
    const owner = url.searchParams.get('owner')
    const q = foldText(url.searchParams.get('q') ?? '').trim()
    // `deleted` is parsed as a Python bool(str): any non-empty value, even "false", is true
    const withDeleted = (url.searchParams.get('deleted') ?? '') !== ''
    const items = ctx.db.state.harvest_sources
      .filter(
        (s) =>
          (withDeleted || !s.deleted) &&
          (!organization || s.organization === organization) &&
          (!owner || s.owner === owner) &&
          (!q || foldText(s.name).includes(q) || foldText(s.url).includes(q)),
      )
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
    return http.json(http.paginate(items, url, 20, (s) => source(ctx, s)))
  })

  router.get('/api/1/harvest/source/:source/', (ctx) => http.json(source(ctx, findSource(ctx))))

  router.get('/api/1/harvest/source/:source/jobs/', (ctx) => {
    const s = findSource(ctx)
    const jobs = ctx.db.state.harvest_jobs.filter((j) => j.source === s.id)
    return http.json(http.paginate(jobs, ctx.url, 20, (j) => job(ctx, j)))
  })

  router.get('/api/1/harvest/job/:job/', (ctx) => http.json(job(ctx, findJob(ctx))))

  router.get('/api/1/harvest/job/:job/items/', (ctx) => {
    const j = findJob(ctx)
    const status = ctx.url.searchParams.get('status')
    if (status && !(ITEM_STATUSES as readonly string[]).includes(status))
      throw http.reqparse('status', `The value '${status}' is not a valid choice for 'status'.`)
    const items = status ? j.items.filter((i) => i.status === status) : j.items
    return http.json(http.paginate(items, ctx.url, 20, (i) => item(ctx, i)))
  })
}
