// Reuses: v1/v2 lists, get, create, partial PUT (api-fields patch), soft delete/restore,
// image upload, add dataset.
import { changedKeys, recordActivity, subjectOf } from '../activity.ts'
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { findReuse, param } from '../lookup.ts'
import { storeUploadedImage } from '../image-upload.ts'
import {
  assertEditable,
  assertReadable,
  isOwnerSide,
  ownerAtCreation,
  ownerSideFor,
} from '../permissions.ts'
import { REUSE_TOPIC_IDS, REUSE_TYPE_IDS } from '../reference.ts'
import { urlError } from '../resource-form.ts'
import { referenceList, refId } from '../references.ts'
import type { Router } from '../router.ts'
import { reuseV1, reuseV2 } from '../serialize.ts'
import { normalizeTags } from '../tags.ts'
import type { ReuseDoc, UserDoc } from '../types.ts'
import { hasOwn, isRecord, isoDate, parseDate } from '../util.ts'
import { textMatcher } from './datasets.ts'

const SORTS = ['title', 'created', 'last_modified', 'datasets', 'followers', 'views']

function queryReuses(ctx: Ctx): ReuseDoc[] {
  const { url, db, user } = ctx
  const { organization, owner, dataset, dataservice } = http.idArgs(url, [
    'organization',
    'owner',
    'dataset',
    'dataservice',
  ])
  const type = http.choiceArg(url, 'type', REUSE_TYPE_IDS)
  const topic = http.choiceArg(url, 'topic', REUSE_TOPIC_IDS)
  const isPrivate = http.boolArg(url, 'private')
  if (isPrivate !== null && !user) throw http.unauthorized()
  const featured = http.boolArg(url, 'featured')
  const sort =
    http.choiceArg(
      url,
      'sort',
      SORTS.flatMap((s) => [s, `-${s}`]),
    ) ?? '-created'
  const tags = url.searchParams.getAll('tag').filter(Boolean)
  const match = textMatcher(url.searchParams.get('q'))
  const ownerSide = ownerSideFor(db, user)
  const items = db.state.reuses.filter((r) => {
    // anonymous: public and not deleted; owners also see their private and deleted reuses
    if ((r.private || r.deleted) && !ownerSide(r)) return false
    if (organization && r.organization !== organization) return false
    if (owner && r.owner !== owner) return false
    if (dataset && !r.datasets.includes(dataset)) return false
    if (dataservice && !(r.dataservices ?? []).includes(dataservice)) return false
    if (type && r.type !== type) return false
    if (topic && r.topic !== topic) return false
    if (isPrivate !== null && r.private !== isPrivate) return false
    if (featured !== null && r.featured !== featured) return false
    if (tags.length > 0 && !tags.every((t) => r.tags.includes(t))) return false
    if (match && !match(r.title)) return false
    return true
  })
  const desc = sort.startsWith('-')
  const key = sort.replace(/^-/, '')
  const value = (r: ReuseDoc): string | number =>
    key === 'title'
      ? r.title
      : key === 'created'
        ? r.created_at
        : key === 'last_modified'
          ? r.last_modified
          : key === 'datasets'
            ? r.datasets.length
            : key === 'followers'
              ? r.followers
              : r.views
  return items.sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    const cmp = va < vb ? -1 : va > vb ? 1 : a.id < b.id ? -1 : 1
    return desc ? -cmp : cmp
  })
}

function readable(ctx: Ctx): ReuseDoc {
  const reuse = findReuse(ctx, param(ctx, 'reuse'))
  assertReadable(ctx.db, ctx.user, reuse, 'This reuse has been deleted')
  return reuse
}

/** api-fields errors: string values + message (first error). */
function fieldErrors(errors: Record<string, string>): http.HttpError {
  const first = Object.values(errors)[0] ?? 'Validation error'
  return new http.HttpError(http.json({ errors, message: first }, 400))
}

function choiceMessage(value: unknown, choices: readonly string[]): string {
  return `'${String(value)}' is not a valid choice. Valid choices: [${choices.map((c) => `'${c}'`).join(', ')}]`
}

/** Generic patch(): only present keys are applied; blank strings count as missing. */
function applyReusePatch(
  ctx: Ctx,
  body: Record<string, unknown>,
  existing: ReuseDoc | null,
): Partial<ReuseDoc> {
  const errors: Record<string, string> = {}
  const changes: Partial<ReuseDoc> = {}
  const present = (k: string) => hasOwn(body, k) && body[k] !== '' && body[k] !== undefined
  for (const key of ['title', 'description'] as const) {
    if (present(key)) {
      const v = body[key]
      if (typeof v !== 'string' || !v.trim()) errors[key] = 'Field is required'
      else changes[key] = v
    } else if (!existing || (hasOwn(body, key) && body[key] === ''))
      errors[key] = 'Field is required'
  }
  if (present('type')) {
    if (!REUSE_TYPE_IDS.includes(String(body.type)))
      errors.type = choiceMessage(body.type, REUSE_TYPE_IDS)
    else changes.type = String(body.type)
  } else if (!existing) errors.type = 'Field is required'
  if (present('topic')) {
    if (!REUSE_TOPIC_IDS.includes(String(body.topic)))
      errors.topic = choiceMessage(body.topic, REUSE_TOPIC_IDS)
    else changes.topic = String(body.topic)
  } else if (!existing) errors.topic = 'Field is required'
  if (present('url')) {
    const url = typeof body.url === 'string' ? body.url.trim() : ''
    const invalid = urlError(url)
    if (invalid) errors.url = invalid
    // unique across reuses, checked only when the URL changes
    else if (
      url !== existing?.url &&
      ctx.db.state.reuses.some((r) => r.url === url && r.id !== existing?.id)
    ) {
      errors.url = 'This URL is already registered'
    } else changes.url = url
  } else if (!existing) errors.url = 'Field is required'
  if (hasOwn(body, 'tags')) {
    const tags = normalizeTags(body.tags)
    if (tags.errors.length > 0) errors.tags = tags.errors[0] ?? ''
    else changes.tags = tags.tags
  }
  if (hasOwn(body, 'datasets')) {
    const refs = referenceList(body.datasets, (id) => ctx.db.datasetsById.has(id))
    if (refs.error) errors.datasets = refs.error
    changes.datasets = refs.ids
  }
  if (hasOwn(body, 'dataservices')) {
    const refs = referenceList(
      body.dataservices,
      (id) => ctx.db.dataservicesById.has(id),
      // this field reads any `id` as text: `{ id: 5 }` names '5', `{}` names 'undefined'
      (item) => (typeof item === 'string' ? item : isRecord(item) ? String(item.id) : ''),
    )
    if (refs.error) errors.dataservices = refs.error
    changes.dataservices = refs.ids
  }
  if (hasOwn(body, 'private')) changes.private = body.private === true
  if (hasOwn(body, 'archived')) {
    const v = body.archived
    if (v === null || v === '' || v === false) changes.archived = null
    else if (typeof v === 'string' && parseDate(v) !== null)
      changes.archived = isoDate(parseDate(v) as number)
    else errors.archived = 'Invalid date'
  }
  if (hasOwn(body, 'deleted') && body.deleted === null) changes.deleted = null
  if (hasOwn(body, 'extras') && isRecord(body.extras)) changes.extras = body.extras
  const user = ctx.user
  const orgInput = refId(body.organization) || null
  if (!existing) {
    const ownerInput = typeof body.owner === 'string' ? body.owner : null
    const owned = ownerAtCreation(ctx.db, user, orgInput, ownerInput)
    if ('error' in owned) errors[owned.field] = owned.error
    else Object.assign(changes, owned)
  } else if (orgInput && orgInput !== existing.organization) {
    errors.organization = 'Cannot modify organization after creation'
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors)
  return changes
}

const TRACKED = [
  'title',
  'description',
  'type',
  'topic',
  'url',
  'tags',
  'datasets',
  'dataservices',
  'private',
  'archived',
  'deleted',
  'extras',
  'image',
] as const

function save(ctx: Ctx, reuse: ReuseDoc, changes: Partial<ReuseDoc>): string[] {
  const before = { ...reuse }
  Object.assign(reuse, changes)
  if (changes.title !== undefined)
    ctx.db.setReuseSlug(reuse, ctx.db.uniqueSlug('reuses', reuse.title, reuse.id))
  reuse.last_modified = ctx.db.tick()
  return changedKeys(before, { ...reuse }, TRACKED)
}

function editable(ctx: Ctx): { reuse: ReuseDoc; user: UserDoc } {
  const user = requireUser(ctx.user)
  const reuse = findReuse(ctx, param(ctx, 'reuse'))
  if (reuse.private && !isOwnerSide(ctx.db, user, reuse)) throw http.notFound()
  return { reuse, user }
}

export function registerReuseRoutes(router: Router): void {
  router.get('/api/1/reuses/', (ctx) =>
    http.json(http.paginate(queryReuses(ctx), ctx.url, 20, (r) => reuseV1(ctx, r, false))),
  )
  router.get('/api/2/reuses/', (ctx) =>
    http.json(http.paginate(queryReuses(ctx), ctx.url, 20, (r) => reuseV2(ctx, r))),
  )
  router.get('/api/1/reuses/:reuse/', (ctx) => http.json(reuseV1(ctx, readable(ctx), true)))
  router.get('/api/2/reuses/:reuse/', (ctx) => http.json(reuseV2(ctx, readable(ctx))))

  router.post('/api/1/reuses/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const changes = applyReusePatch(ctx, body, null)
    const now = ctx.db.tick()
    const title = changes.title ?? ''
    const reuse: ReuseDoc = {
      id: ctx.db.newObjectId(),
      title,
      slug: ctx.db.uniqueSlug('reuses', title, null),
      description: '',
      type: 'application',
      topic: 'others',
      url: '',
      tags: [],
      datasets: [],
      private: false,
      archived: null,
      deleted: null,
      featured: false,
      image: null,
      organization: null,
      owner: user.id,
      extras: {},
      created_at: now,
      last_modified: now,
      views: 0,
      followers: 0,
      badges: [],
      ...changes,
    }
    reuse.deleted = null
    ctx.db.addReuse(reuse)
    ctx.db.assignToPartialEditor(user.id, 'Reuse', reuse)
    recordActivity(ctx, user, subjectOf('Reuse', reuse), 'reuse:created')
    ctx.changed()
    return http.json(reuseV1(ctx, reuse, true), 201)
  })

  router.put('/api/1/reuses/:reuse/', async (ctx) => {
    const { reuse, user } = editable(ctx)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    if (reuse.deleted && !(hasOwn(body, 'deleted') && body.deleted === null))
      throw http.plain(410, 'This reuse has been deleted')
    assertEditable(ctx.db, user, reuse, 'Reuse')
    const changed = save(ctx, reuse, applyReusePatch(ctx, body, reuse))
    recordActivity(ctx, user, subjectOf('Reuse', reuse), 'reuse:updated', changed)
    ctx.changed()
    return http.json(reuseV1(ctx, reuse, true))
  })

  router.delete('/api/1/reuses/:reuse/', (ctx) => {
    const { reuse, user } = editable(ctx)
    if (reuse.deleted) throw http.plain(410, 'This reuse has been deleted')
    assertEditable(ctx.db, user, reuse, 'Reuse')
    save(ctx, reuse, { deleted: ctx.db.tick() })
    recordActivity(ctx, user, subjectOf('Reuse', reuse), 'reuse:deleted', ['deleted'])
    ctx.changed()
    return http.noContent()
  })

  // Link one more dataset or API: 201 with the reuse, 200 when it was linked already.
  const linkRoute = (kind: 'datasets' | 'dataservices') =>
    router.post(`/api/1/reuses/:reuse/${kind}/`, async (ctx) => {
      const { reuse, user } = editable(ctx)
      if (reuse.deleted) throw http.plain(410, 'This reuse has been deleted')
      assertEditable(ctx.db, user, reuse, 'Reuse')
      const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
      const id = typeof body.id === 'string' ? body.id : ''
      const exists = kind === 'datasets' ? ctx.db.datasetsById : ctx.db.dataservicesById
      if (!exists.has(id)) throw http.notFound()
      const linked = reuse[kind] ?? []
      if (linked.includes(id)) return http.json(reuseV1(ctx, reuse, true), 200)
      const changed = save(ctx, reuse, { [kind]: [...linked, id] })
      recordActivity(ctx, user, subjectOf('Reuse', reuse), 'reuse:updated', changed)
      ctx.changed()
      return http.json(reuseV1(ctx, reuse, true), 201)
    })
  linkRoute('datasets')
  linkRoute('dataservices')

  router.post('/api/1/reuses/:reuse/image/', async (ctx) => {
    const { reuse, user } = editable(ctx)
    assertEditable(ctx.db, user, reuse, 'Reuse')
    const key = await storeUploadedImage(ctx, 'images', reuse.id, 'image')
    const changed = save(ctx, reuse, { image: key })
    recordActivity(ctx, user, subjectOf('Reuse', reuse), 'reuse:updated', changed)
    ctx.changed()
    return http.json({ success: true, image: `${ctx.origin}${key}` })
  })
}
