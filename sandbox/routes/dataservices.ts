// Dataservices (APIs), udata/core/dataservices/api.py: v1 list/get/create, PATCH (PUT is 405),
// soft delete/restore, the linked datasets (append, remove), the access type reason categories
// and the v2 search.
import {
  ACCESS_TYPES,
  AUDIENCE_CONDITIONS,
  AUDIENCE_ROLES,
  DUPLICATE_AUDIENCE,
  REASON_CATEGORY_IDS,
} from '../access-type.ts'
import {
  dataserviceTextFields,
  dataserviceUrlFields,
} from '../../src/features/dataservices/types.ts'
import { changedKeys, recordActivity } from '../activity.ts'
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { param } from '../lookup.ts'
import { notify, organizationAdmins } from '../notifications.ts'
import { assertEditable, isOwnerSide, ownerAtCreation, ownerSideFor } from '../permissions.ts'
import { licenseIds } from '../reference.ts'
import { urlError } from '../resource-form.ts'
import { refId, referenceList } from '../references.ts'
import type { Router } from '../router.ts'
import { dataservice as serialize } from '../serialize.ts'
import { normalizeTags } from '../tags.ts'
import type { AccessAudience, DataserviceDoc, UserDoc } from '../types.ts'
import { hasOwn, isRecord, isoDate, parseDate } from '../util.ts'
import { blankDataservice } from '../seed/dataservices.ts'
import { textMatcher } from './datasets.ts'

const DATASERVICE_FORMATS = ['REST', 'WMS', 'WSL'] as const
const SORTS = ['title', 'base_api_url', 'created', 'last_modified', 'followers', 'views']
const sortChoices = SORTS.flatMap((s) => [s, `-${s}`])
const OBJECT_ID = /^[0-9a-f]{24}$/i

/** udata's dataservice parser aborts with `` `<name>` must be an identifier ``. */
function objectIdArg(url: URL, name: string): string | null {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return null
  if (!OBJECT_ID.test(raw)) throw http.plain(400, `\`${name}\` must be an identifier`)
  return raw
}

function sortValue(d: DataserviceDoc, key: string): string | number {
  switch (key) {
    case 'title':
      return d.title
    case 'base_api_url':
      return d.base_api_url ?? ''
    case 'created':
      return d.created_at
    case 'last_modified':
      return d.metadata_modified_at
    case 'followers':
      return d.followers
    default:
      return d.views
  }
}

function queryDataservices(ctx: Ctx): DataserviceDoc[] {
  const { url, db, user } = ctx
  const organization = objectIdArg(url, 'organization')
  const owner = objectIdArg(url, 'owner')
  const dataset = objectIdArg(url, 'dataset')
  const contactPoint = objectIdArg(url, 'contact_point')
  const reuseId = objectIdArg(url, 'reuse')
  const accessType = http.choiceArg(url, 'access_type', ACCESS_TYPES)
  const featured = http.boolArg(url, 'featured')
  const sort = http.choiceArg(url, 'sort', sortChoices)
  const tags = url.searchParams.getAll('tag').filter(Boolean)
  const match = textMatcher(url.searchParams.get('q'))
  // an unknown reuse id filters nothing (udata looks the reuse up and skips the filter)
  const reuse = reuseId ? db.reusesById.get(reuseId) : undefined
  const ownerSide = ownerSideFor(db, user)
  const items = db.state.dataservices.filter((d) => {
    // members and owners see everything of theirs, deleted ones included: there is no
    // private/archived/deleted filter, clients sort them out from the fields
    const publicVisible = !d.private && !d.archived_at && !d.deleted_at
    if (!publicVisible && !ownerSide(d)) return false
    if (organization && d.organization !== organization) return false
    if (owner && d.owner !== owner) return false
    if (dataset && !d.datasets.includes(dataset)) return false
    if (contactPoint && !d.contact_points.includes(contactPoint)) return false
    if (reuse && !(reuse.dataservices ?? []).includes(d.id)) return false
    if (accessType && d.access_type !== accessType) return false
    if (featured !== null && d.featured !== featured) return false
    if (tags.length > 0 && !tags.every((t) => d.tags.includes(t))) return false
    if (match && !match(d.title)) return false
    return true
  })
  // no default sort: Mongo's natural order (insertion) unless the client asks for one
  if (!sort) return items
  const desc = sort.startsWith('-')
  const key = sort.replace(/^-/, '')
  return items.sort((a, b) => {
    const va = sortValue(a, key)
    const vb = sortValue(b, key)
    const cmp = va < vb ? -1 : va > vb ? 1 : a.id < b.id ? -1 : 1
    return desc ? -cmp : cmp
  })
}

function findDataservice(ctx: Ctx): DataserviceDoc {
  const key = param(ctx, 'dataservice')
  const d = ctx.db.dataservicesById.get(key) ?? ctx.db.dataservicesBySlug.get(key)
  if (!d) throw http.notFound()
  return d
}

function readable(ctx: Ctx): DataserviceDoc {
  const d = findDataservice(ctx)
  if (isOwnerSide(ctx.db, ctx.user, d)) return d
  if (d.private) throw http.notFound()
  if (d.deleted_at) throw http.plain(410, 'Dataservice has been deleted')
  return d
}

/** api-fields / MongoEngine errors: FieldValidationError shape, first message as `message`. */
function fieldErrors(errors: Record<string, string>): http.HttpError {
  return new http.HttpError(http.json({ errors, message: Object.values(errors)[0] ?? '' }, 400))
}

function choiceMessage(value: unknown, choices: readonly string[]): string {
  const shown = typeof value === 'string' ? value : JSON.stringify(value)
  return `'${shown}' is not a valid choice. Valid choices: [${choices.map((c) => `'${c}'`).join(', ')}]`
}

/** The value when it is one of the choices, else null. */
function asChoice<T extends string>(value: unknown, choices: readonly T[]): T | null {
  return typeof value === 'string' && (choices as readonly string[]).includes(value)
    ? (value as T)
    : null
}

/**
 * api-fields `patch()`: only the keys present are applied (unknown and read-only ones are
 * ignored), then the document's own checks at save.
 */
function applyPatch(
  ctx: Ctx,
  body: Record<string, unknown>,
  existing: DataserviceDoc | null,
): Partial<DataserviceDoc> {
  const { db, user } = ctx
  const errors: Record<string, string> = {}
  const changes: Partial<DataserviceDoc> = {}
  const has = (k: string) => hasOwn(body, k)
  if (has('title') || !existing) {
    const v = body.title
    if (typeof v !== 'string' || !v.trim()) errors.title = 'Field is required'
    else changes.title = v
  }
  if (has('description'))
    changes.description = typeof body.description === 'string' ? body.description : ''
  for (const key of dataserviceTextFields) {
    if (!has(key)) continue
    const v = body[key]
    const text = typeof v === 'string' && v !== '' ? v : null
    if (key === 'acronym' && text && text.length > 128) errors[key] = 'String value is too long'
    else changes[key] = text
  }
  for (const key of dataserviceUrlFields) {
    if (!has(key)) continue
    const v = body[key]
    const text = typeof v === 'string' ? v.trim() : ''
    if (!text) changes[key] = null
    else {
      const invalid = urlError(text)
      if (invalid) errors[key] = invalid
      else changes[key] = text
    }
  }
  if (has('availability')) {
    const v = body.availability
    if (v === null || v === '') changes.availability = null
    else if (typeof v !== 'number' || !Number.isFinite(v))
      errors.availability = 'FloatField only accepts float and integer values'
    else if (v < 0) errors.availability = 'Float value is too small'
    else if (v > 100) errors.availability = 'Float value is too large'
    else changes.availability = v
  }
  if (has('format')) {
    const v = body.format
    const format = asChoice(v, DATASERVICE_FORMATS)
    if (v === null || v === '') changes.format = null
    else if (format === null) errors.format = choiceMessage(v, DATASERVICE_FORMATS)
    else changes.format = format
  }
  if (has('license')) {
    const id = body.license === null || body.license === '' ? null : refId(body.license)
    if (id !== null && !licenseIds.has(id)) errors.license = `Unknown reference '${id}'`
    else changes.license = id
  }
  if (has('tags')) {
    const tags = normalizeTags(body.tags)
    if (tags.errors.length > 0) errors.tags = tags.errors[0] ?? ''
    else changes.tags = tags.tags
  }
  if (has('private')) changes.private = body.private === true
  if (has('access_type')) {
    const accessType = asChoice(body.access_type, ACCESS_TYPES)
    if (accessType === null) errors.access_type = choiceMessage(body.access_type, ACCESS_TYPES)
    else changes.access_type = accessType
  }
  if (has('access_audiences')) {
    const list = Array.isArray(body.access_audiences) ? body.access_audiences : []
    const audiences: AccessAudience[] = []
    for (const item of list) {
      const role = asChoice(isRecord(item) ? item.role : null, AUDIENCE_ROLES)
      const condition = asChoice(isRecord(item) ? item.condition : null, AUDIENCE_CONDITIONS)
      if (role === null) {
        errors.access_audiences = choiceMessage(isRecord(item) ? item.role : item, AUDIENCE_ROLES)
        break
      }
      if (condition === null) {
        errors.access_audiences = choiceMessage(
          isRecord(item) ? item.condition : item,
          AUDIENCE_CONDITIONS,
        )
        break
      }
      if (audiences.some((a) => a.role === role)) {
        errors.access_audiences = DUPLICATE_AUDIENCE
        break
      }
      audiences.push({ role, condition })
    }
    changes.access_audiences = audiences
  }
  if (has('access_type_reason_category')) {
    const v = body.access_type_reason_category
    const category = asChoice(v, REASON_CATEGORY_IDS)
    if (v === null || v === '') changes.access_type_reason_category = null
    else if (category === null)
      errors.access_type_reason_category = choiceMessage(v, REASON_CATEGORY_IDS)
    else changes.access_type_reason_category = category
  }
  if (has('contact_points')) {
    // udata checks the reference exists, not that it belongs to the owner (unlike datasets)
    const refs = referenceList(body.contact_points, (id) => db.contactsById.has(id))
    if (refs.error) errors.contact_points = refs.error
    changes.contact_points = refs.ids
  }
  if (has('datasets')) {
    const refs = referenceList(body.datasets, (id) => db.datasetsById.has(id))
    if (refs.error) errors.datasets = refs.error
    changes.datasets = refs.ids
  }
  if (has('archived_at')) {
    const v = body.archived_at
    const ms = typeof v === 'string' ? parseDate(v) : null
    if (v === null) changes.archived_at = null
    else if (ms === null) errors.archived_at = 'Invalid date'
    else changes.archived_at = isoDate(ms)
  }
  if (has('deleted_at') && body.deleted_at === null) changes.deleted_at = null
  if (has('extras') && isRecord(body.extras)) changes.extras = body.extras
  const orgInput = refId(body.organization) || null
  if (!existing) {
    const owned = ownerAtCreation(db, user, orgInput, refId(body.owner) || null)
    if ('error' in owned) errors[owned.field] = owned.error
    else Object.assign(changes, owned)
  } else if (
    orgInput &&
    orgInput !== existing.organization &&
    !(user?.roles.includes('admin') ?? false)
  ) {
    errors.organization = 'Cannot modify organization after creation'
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors)
  return changes
}

const TRACKED = [
  'title',
  'acronym',
  'description',
  ...dataserviceUrlFields,
  ...dataserviceTextFields,
  'availability',
  'format',
  'license',
  'tags',
  'private',
  'access_type',
  'access_audiences',
  'access_type_reason_category',
  'contact_points',
  'datasets',
  'archived_at',
  'deleted_at',
] as const

/** Every save: audiences only survive a restricted access type; the metadata date moves. */
function save(ctx: Ctx, d: DataserviceDoc, changes: Partial<DataserviceDoc>): string[] {
  const before = { ...d }
  Object.assign(d, changes)
  if (d.access_type !== 'restricted') d.access_audiences = []
  if (changes.title !== undefined)
    ctx.db.setDataserviceSlug(d, ctx.db.uniqueSlug('dataservices', d.title, d.id))
  d.metadata_modified_at = ctx.db.tick()
  return changedKeys(before, { ...d }, TRACKED)
}

function subject(d: DataserviceDoc) {
  return {
    kind: 'Dataservice' as const,
    id: d.id,
    title: d.title,
    organization: d.organization,
  }
}

/** Found, visible to the caller, and editable by them (404 / 403 otherwise). */
function editable(ctx: Ctx): { d: DataserviceDoc; user: UserDoc } {
  const user = requireUser(ctx.user)
  const d = findDataservice(ctx)
  if (d.private && !isOwnerSide(ctx.db, user, d)) throw http.notFound()
  return { d, user }
}

/** Linking datasets at creation tells each dataset's owner (or its organization's admins). */
function notifyLinkedDatasets(ctx: Ctx, d: DataserviceDoc): void {
  for (const id of d.datasets) {
    const ds = ctx.db.datasetsById.get(id)
    if (!ds) continue
    const recipients = ds.organization
      ? organizationAdmins(ctx.db, ds.organization)
      : ds.owner
        ? [ds.owner]
        : []
    notify(ctx.db, recipients, {
      class: 'DataserviceCreatedNotificationDetails',
      dataservice: d.id,
      dataset: ds.id,
    })
  }
}

export function registerDataserviceRoutes(router: Router): void {
  router.get('/api/1/dataservices/', (ctx) =>
    http.json(http.paginate(queryDataservices(ctx), ctx.url, 20, (d) => serialize(ctx, d))),
  )

  // Elasticsearch in udata: only what anyone may see (never private, deleted), `archived` filter
  router.get('/api/2/dataservices/search/', (ctx) => {
    const archived = http.boolArg(ctx.url, 'archived')
    const sort = http.choiceArg(
      ctx.url,
      'sort',
      ['created', 'views', 'followers'].flatMap((s) => [s, `-${s}`]),
    )
    const match = textMatcher(ctx.url.searchParams.get('q'))
    const organization = ctx.url.searchParams.get('organization')
    const accessType = http.choiceArg(ctx.url, 'access_type', ACCESS_TYPES)
    const tags = ctx.url.searchParams.getAll('tag').filter(Boolean)
    const items = ctx.db.state.dataservices.filter(
      (d) =>
        !d.private &&
        !d.deleted_at &&
        (archived === null || (d.archived_at !== null) === archived) &&
        (!organization || d.organization === organization) &&
        (!accessType || d.access_type === accessType) &&
        tags.every((t) => d.tags.includes(t)) &&
        (!match || match(d.title)),
    )
    if (sort) {
      const key = sort.replace(/^-/, '')
      const sign = sort.startsWith('-') ? -1 : 1
      items.sort((a, b) => {
        const va = sortValue(a, key)
        const vb = sortValue(b, key)
        return (va < vb ? -1 : va > vb ? 1 : 0) * sign
      })
    }
    return http.json(http.paginate(items, ctx.url, 20, (d) => serialize(ctx, d)))
  })

  router.get('/api/1/dataservices/:dataservice/', (ctx) => http.json(serialize(ctx, readable(ctx))))

  router.post('/api/1/dataservices/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const changes = applyPatch(ctx, body, null)
    const now = ctx.db.tick()
    const title = changes.title ?? ''
    const d: DataserviceDoc = {
      ...blankDataservice(),
      id: ctx.db.newObjectId(),
      title,
      slug: ctx.db.uniqueSlug('dataservices', title, null),
      created_at: now,
      metadata_modified_at: now,
      owner: user.id,
      ...changes,
    }
    d.deleted_at = null
    if (d.access_type !== 'restricted') d.access_audiences = []
    ctx.db.addDataservice(d)
    ctx.db.assignToPartialEditor(user.id, 'Dataservice', d)
    recordActivity(ctx, user, subject(d), 'dataservice:created')
    notifyLinkedDatasets(ctx, d)
    ctx.changed()
    return http.json(serialize(ctx, d), 201)
  })

  router.patch('/api/1/dataservices/:dataservice/', async (ctx) => {
    const { d, user } = editable(ctx)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    if (d.deleted_at && !(hasOwn(body, 'deleted_at') && body.deleted_at === null))
      throw http.plain(410, 'dataservice has been deleted')
    assertEditable(ctx.db, user, d, 'Dataservice')
    const changed = save(ctx, d, applyPatch(ctx, body, d))
    recordActivity(ctx, user, subject(d), 'dataservice:updated', changed)
    ctx.changed()
    return http.json(serialize(ctx, d))
  })

  router.delete('/api/1/dataservices/:dataservice/', (ctx) => {
    const { d, user } = editable(ctx)
    if (d.deleted_at) throw http.plain(410, 'dataservice has been deleted')
    assertEditable(ctx.db, user, d, 'Dataservice')
    save(ctx, d, { deleted_at: ctx.db.tick() })
    // deleting a dataservice deletes what was notified about it
    ctx.db.state.notifications = ctx.db.state.notifications.filter(
      (n) =>
        !(
          n.details.class === 'DataserviceCreatedNotificationDetails' &&
          n.details.dataservice === d.id
        ),
    )
    recordActivity(ctx, user, subject(d), 'dataservice:deleted', ['deleted_at'])
    ctx.changed()
    return http.noContent()
  })

  router.post('/api/1/dataservices/:dataservice/datasets/', async (ctx) => {
    const { d, user } = editable(ctx)
    assertEditable(ctx.db, user, d, 'Dataservice')
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    if (!Array.isArray(body)) throw http.plain(400, 'Expecting a list')
    const ids: string[] = []
    for (const item of body) {
      if (!isRecord(item) || typeof item.id !== 'string')
        throw http.plain(400, 'Expecting a list of dicts with id attribute')
      if (!OBJECT_ID.test(item.id)) throw http.plain(400, 'Malformed object id(s) in request')
      ids.push(item.id)
    }
    // unknown ids are silently skipped, linked ones kept once
    const added = ids.filter((id, i) => ctx.db.datasetsById.has(id) && ids.indexOf(id) === i)
    const datasets = [...d.datasets, ...added.filter((id) => !d.datasets.includes(id))]
    const changed = save(ctx, d, { datasets })
    recordActivity(ctx, user, subject(d), 'dataservice:updated', changed)
    ctx.changed()
    return http.json(serialize(ctx, d), 201)
  })

  router.delete('/api/1/dataservices/:dataservice/datasets/:dataset/', (ctx) => {
    const { d, user } = editable(ctx)
    assertEditable(ctx.db, user, d, 'Dataservice')
    const datasetId = param(ctx, 'dataset')
    if (!d.datasets.includes(datasetId)) throw http.plain(404, 'Dataset not found in dataservice')
    const changed = save(ctx, d, { datasets: d.datasets.filter((id) => id !== datasetId) })
    recordActivity(ctx, user, subject(d), 'dataservice:updated', changed)
    ctx.changed()
    return http.noContent()
  })
}
