// /api/1/datasets/ and /api/2/datasets/: lists, item CRUD, v2 extras.
import { changedKeys, recordActivity, subjectOf } from '../activity.ts'
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import { cleanDataset } from '../dataset-clean.ts'
import { validateDatasetForm } from '../dataset-form.ts'
import * as http from '../http.ts'
import { touchDataset } from '../dataset-dates.ts'
import { findDataset, param } from '../lookup.ts'
import { assertEditable, assertReadable, isOwnerSide, ownerSideFor } from '../permissions.ts'
import { DATASET_BADGE_IDS } from '../reference.ts'
import type { Router } from '../router.ts'
import { datasetV1, datasetV2 } from '../serialize.ts'
import type { DatasetDoc } from '../types.ts'
import { foldText, hasOwn, isRecord } from '../util.ts'

const SORTS = ['title', 'created', 'last_update', 'reuses', 'followers', 'views', 'last_modified']
const sortChoices = SORTS.flatMap((s) => [s, `-${s}`])

export function textMatcher(q: string | null): ((title: string) => boolean) | null {
  if (!q || !q.trim()) return null
  const words = foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (words.length === 0) return null
  // Mongo $text on the title: every word required, diacritic/case-insensitive, stemmed
  // (approximated by a prefix match on the title's words)
  return (title: string) => {
    const titleWords = foldText(title).split(/[^\p{L}\p{N}]+/u)
    return words.every((w) => titleWords.some((t) => t.startsWith(w)))
  }
}

/** Filters shared by /api/1/datasets/ and /api/2/datasets/ (udata DatasetApiParser). */
export function queryDatasets(ctx: Ctx): DatasetDoc[] {
  const { url, db, user } = ctx
  const isPrivate = http.boolArg(url, 'private')
  const archived = http.boolArg(url, 'archived')
  const deleted = http.boolArg(url, 'deleted')
  // these status filters require authentication (401 with the default message)
  if (!user && (isPrivate !== null || archived !== null || deleted !== null))
    throw http.unauthorized()
  const {
    organization,
    owner,
    reuse: reuseId,
    dataservice: dataserviceId,
  } = http.idArgs(url, ['organization', 'owner', 'reuse', 'dataservice'])
  const sort = http.choiceArg(url, 'sort', sortChoices)
  const badge = http.choiceArg(url, 'badge', DATASET_BADGE_IDS)
  const featured = http.boolArg(url, 'featured')
  const tags = url.searchParams.getAll('tag').filter(Boolean)
  const license = url.searchParams.get('license')
  const format = url.searchParams.get('format')?.toLowerCase()
  const geozone = url.searchParams.get('geozone')
  const granularity = url.searchParams.get('granularity')
  const schema = url.searchParams.get('schema')
  const accessType = http.choiceArg(url, 'access_type', ['open', 'open_with_account', 'restricted'])
  const match = textMatcher(url.searchParams.get('q'))
  const reuse = reuseId ? db.reusesById.get(reuseId) : null
  const reuseSet = reuse ? new Set(reuse.datasets) : reuseId ? new Set<string>() : null
  const dataservice = dataserviceId ? db.dataservicesById.get(dataserviceId) : null
  const dataserviceSet = dataservice
    ? new Set(dataservice.datasets)
    : dataserviceId
      ? new Set<string>()
      : null
  const ownerSide = ownerSideFor(db, user)

  const out = sortedDatasets(ctx, sort ?? '-created', organization).filter((ds) => {
    // The cheapest tests that exclude the most come first.
    if (owner && ds.owner !== owner) return false
    const publicVisible = !ds.private && !ds.archived && !ds.deleted
    if (!publicVisible && !ownerSide(ds)) return false
    if (isPrivate !== null && ds.private !== isPrivate) return false
    if (archived !== null && (ds.archived !== null) !== archived) return false
    if (deleted !== null && (ds.deleted !== null) !== deleted) return false
    if (reuseSet && !reuseSet.has(ds.id)) return false
    if (dataserviceSet && !dataserviceSet.has(ds.id)) return false
    if (badge && !ds.badges.includes(badge)) return false
    if (featured !== null && ds.featured !== featured) return false
    if (tags.length > 0 && !tags.every((t) => ds.tags.includes(t))) return false
    if (license && (ds.license ?? 'notspecified') !== license) return false
    if (geozone && !(ds.spatial?.zones.includes(geozone) ?? false)) return false
    if (granularity && ds.spatial?.granularity !== granularity) return false
    if (accessType && ds.access_type !== accessType) return false
    if (match && !match(ds.title)) return false
    if (schema && !db.resources(ds).some((r) => r.schema?.name === schema)) return false
    if (format && !db.resources(ds).some((r) => r.format === format)) return false
    return true
  })
  return out
}

/**
 * Every dataset in `sort` order, kept until the next write: filtering keeps the order, and the
 * order is total (ties go by id), so filtering the kept order gives what sorting each filtered
 * list would, without sorting on every request.
 */
function sortedDatasets(ctx: Ctx, sort: string, organization: string | null): DatasetDoc[] {
  const all = ctx.db.untilNextWrite(`datasets by ${sort}`, () =>
    sortDatasets(ctx, ctx.db.state.datasets, sort),
  )
  // a page of one organization's datasets need not go through every other dataset
  if (!organization) return all
  return ctx.db.untilNextWrite(`datasets of ${organization} by ${sort}`, () =>
    all.filter((ds) => ds.organization === organization),
  )
}

function sortDatasets(ctx: Ctx, items: DatasetDoc[], sort: string): DatasetDoc[] {
  const desc = sort.startsWith('-')
  const key = desc ? sort.slice(1) : sort
  const value = (ds: DatasetDoc): string | number => {
    switch (key) {
      case 'title':
        return ds.title
      case 'created':
        return ds.created_at_internal
      case 'last_update':
        return ds.last_update
      case 'last_modified':
        return ds.last_modified
      case 'reuses':
        return ctx.db.reuseCount(ds.id)
      case 'followers':
        return ds.followers
      default:
        return ds.views
    }
  }
  // Each key is read once per dataset, not twice per comparison (n log n times).
  const keyed = items.map((ds) => ({ ds, key: value(ds) }))
  keyed.sort((a, b) => {
    const cmp =
      a.key < b.key ? -1 : a.key > b.key ? 1 : a.ds.id < b.ds.id ? -1 : a.ds.id > b.ds.id ? 1 : 0
    return desc ? -cmp : cmp
  })
  return keyed.map(({ ds }) => ds)
}

function readable(ctx: Ctx): DatasetDoc {
  const ds = findDataset(ctx, param(ctx, 'dataset'))
  assertReadable(ctx.db, ctx.user, ds, 'Dataset has been deleted')
  return ds
}

const TRACKED = [
  'title',
  'acronym',
  'description',
  'description_short',
  'tags',
  'license',
  'frequency',
  'frequency_date',
  'temporal_coverage',
  'spatial',
  'private',
  'archived',
  'deleted',
  'extras',
  'contact_points',
  'resources',
  'access_type',
  'access_audiences',
  'authorization_request_url',
  'access_type_reason_category',
  'access_type_reason',
] as const

/** Persist a form result on a dataset: slug follows the title, its dates strictly increase. */
export function saveDataset(ctx: Ctx, ds: DatasetDoc, changes: Partial<DatasetDoc>): string[] {
  const before = { ...ds, resources: ds.resources ? ds.resources.map((r) => r.id) : null }
  Object.assign(ds, changes)
  if (changes.title !== undefined)
    ctx.db.setDatasetSlug(ds, ctx.db.uniqueSlug('datasets', ds.title, ds.id))
  const after = { ...ds, resources: ds.resources ? ds.resources.map((r) => r.id) : null }
  touchDataset(ds, ctx.db.tick())
  return changedKeys(before, after, TRACKED)
}

export function registerDatasetRoutes(router: Router): void {
  router.get('/api/1/datasets/', (ctx) =>
    http.json(http.paginate(queryDatasets(ctx), ctx.url, 20, (d) => datasetV1(ctx, d))),
  )
  router.get('/api/2/datasets/', (ctx) =>
    http.json(http.paginate(queryDatasets(ctx), ctx.url, 20, (d) => datasetV2(ctx, d))),
  )

  router.get('/api/1/datasets/:dataset/', (ctx) => http.json(datasetV1(ctx, readable(ctx))))
  router.get('/api/2/datasets/:dataset/', (ctx) => http.json(datasetV2(ctx, readable(ctx))))

  router.post('/api/1/datasets/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await http.readJsonObject(ctx.request, 'wtforms', ctx.maxJsonBytes)
    const { changes, resources } = validateDatasetForm(ctx, body, null)
    const now = ctx.db.tick()
    const title = changes.title ?? ''
    const ds: DatasetDoc = {
      id: ctx.db.newObjectId(),
      title,
      acronym: null,
      slug: ctx.db.uniqueSlug('datasets', title, null),
      description: '',
      description_short: null,
      tags: [],
      license: null,
      frequency: 'unknown',
      frequency_date: null,
      temporal_coverage: null,
      spatial: null,
      // udata's default is PUBLIC: send private: true to create a draft
      private: false,
      archived: null,
      deleted: null,
      featured: false,
      created_at: now,
      created_at_internal: now,
      last_modified_internal: now,
      last_modified: now,
      last_update: now,
      organization: null,
      owner: user.id,
      resources: resources ?? [],
      lazy_resources: null,
      badges: [],
      views: 0,
      followers: 0,
      resources_downloads: 0,
      extras: {},
      harvest: null,
      contact_points: [],
      schema: null,
      access_type: 'open',
      ...changes,
    }
    ds.deleted = null
    Object.assign(ds, cleanDataset(ctx, ds))
    ctx.db.addDataset(ds)
    ctx.db.assignToPartialEditor(user.id, 'Dataset', ds)
    recordActivity(ctx, user, subjectOf('Dataset', ds), 'dataset:created')
    ctx.changed()
    return http.json(datasetV1(ctx, ds), 201)
  })

  router.put('/api/1/datasets/:dataset/', async (ctx) => {
    const user = requireUser(ctx.user)
    const ds = findDataset(ctx, param(ctx, 'dataset'))
    if (!isOwnerSide(ctx.db, user, ds) && ds.private) throw http.notFound()
    const body = await http.readJsonObject(ctx.request, 'wtforms', ctx.maxJsonBytes)
    // a deleted dataset answers 410 unless the body restores it with "deleted": null
    if (ds.deleted && !(hasOwn(body, 'deleted') && body.deleted === null))
      throw http.plain(410, 'Dataset has been deleted')
    assertEditable(ctx.db, user, ds, 'Dataset')
    const { changes, resources } = validateDatasetForm(ctx, body, ds)
    if (resources) {
      ctx.db.resources(ds)
      changes.resources = resources
    }
    Object.assign(changes, cleanDataset(ctx, { ...ds, ...changes }))
    const changed = saveDataset(ctx, ds, changes)
    recordActivity(ctx, user, subjectOf('Dataset', ds), 'dataset:updated', changed)
    ctx.changed()
    return http.json(datasetV1(ctx, ds))
  })

  router.delete('/api/1/datasets/:dataset/', (ctx) => {
    const user = requireUser(ctx.user)
    const ds = findDataset(ctx, param(ctx, 'dataset'))
    if (!isOwnerSide(ctx.db, user, ds) && ds.private) throw http.notFound()
    if (ds.deleted) throw http.plain(410, 'Dataset has been deleted')
    assertEditable(ctx.db, user, ds, 'Dataset')
    const now = ctx.db.tick()
    ds.deleted = now
    touchDataset(ds, now)
    recordActivity(ctx, user, subjectOf('Dataset', ds), 'dataset:deleted', ['deleted'])
    ctx.changed()
    return http.noContent()
  })

  // ---- v2 extras: GET dict, PUT merge (null removes a key), DELETE list of keys
  router.get('/api/2/datasets/:dataset/extras/', (ctx) => http.json(readable(ctx).extras))
  router.put('/api/2/datasets/:dataset/extras/', async (ctx) => {
    const user = requireUser(ctx.user)
    const ds = readable(ctx)
    assertEditable(ctx.db, user, ds, 'Dataset')
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    if (!isRecord(body)) throw http.plain(400, 'Wrong payload format, dict expected')
    const extras = { ...ds.extras }
    for (const [key, value] of Object.entries(body)) {
      if (value === null) delete extras[key]
      else extras[key] = value
    }
    // The save runs the model's checks (custom metadata, the licence rule) but moves no date and
    // records no activity: extras writes are how Hydra reports (udata-api-admin §6.4).
    Object.assign(ds, cleanDataset(ctx, { ...ds, extras }))
    ds.extras = extras
    ctx.changed()
    return http.json(ds.extras)
  })
  router.delete('/api/2/datasets/:dataset/extras/', async (ctx) => {
    const user = requireUser(ctx.user)
    const ds = readable(ctx)
    assertEditable(ctx.db, user, ds, 'Dataset')
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    if (!Array.isArray(body)) throw http.plain(400, 'Wrong payload format, list expected')
    const extras = { ...ds.extras }
    for (const key of body) {
      if (typeof key !== 'string' || !(key in extras))
        throw http.plain(404, `Key '${String(key)}' not found in existing extras`)
      delete extras[key]
    }
    ds.extras = extras
    ctx.changed()
    return http.noContent()
  })
}
