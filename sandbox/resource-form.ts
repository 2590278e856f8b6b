// udata's ResourceForm semantics (resource POST/PUT, resources in a dataset PUT).
import type { Ctx } from './context.ts'
import { HttpError, json, plain, tr } from './http.ts'
import { SCHEMA_CATALOGUE, resourceTypeIds } from './reference.ts'
import type { ResourceDoc, SchemaRef } from './types.ts'
import { hasOwn, isRecord } from './util.ts'

/** udata.uris.validate: http/https/ftp/ftps, a public host with a known-looking TLD. */
export function urlError(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `Invalid URL "${value}": Invalid URL`
  }
  if (!['http:', 'https:', 'ftp:', 'ftps:'].includes(url.protocol))
    return `Invalid URL "${value}": Invalid scheme ${url.protocol.replace(':', '')}`
  const host = url.hostname
  if (
    host === 'localhost' ||
    /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host) ||
    host === '[::1]'
  ) {
    return `Invalid URL "${value}": is a private URL`
  }
  if (!/\.[a-z]{2,}$/i.test(host) && !/^\d+\.\d+\.\d+\.\d+$/.test(host))
    return `Invalid URL "${value}": Invalid TLD`
  return null
}

/** Catalogue schemas a resource may carry: datapackages are listed but not assignable. */
const ASSIGNABLE = SCHEMA_CATALOGUE.filter((s) => s.schema_type !== 'datapackage')

/**
 * udata's resource schema rules against the schema.data.gouv.fr catalogue (udata-api-admin.md
 * §7.1): a name must be a catalogue name, a version one of its versions, a version needs a name
 * or a URL. Errors are nested under `schema`, WTForms lists.
 */
function schemaFrom(value: unknown): SchemaRef | null | { errors: Errors } {
  if (value === null) return null
  if (!isRecord(value)) return { errors: { name: ['Invalid schema'] } }
  const pick = (k: string) =>
    typeof value[k] === 'string' && value[k].trim() !== '' ? value[k].trim() : null
  const schema = { name: pick('name'), version: pick('version'), url: pick('url') }
  if (!schema.name && !schema.url) {
    if (schema.version)
      return {
        errors: {
          version: ['A schema must contains a name or an URL when a version is provided.'],
        },
      }
    return null
  }
  if (schema.url) {
    const error = urlError(schema.url)
    if (error) return { errors: { url: [error] } }
  }
  if (schema.name) {
    const known = ASSIGNABLE.find((s) => s.name === schema.name)
    if (!known)
      return {
        errors: {
          name: [
            `Schema name "${schema.name}" is not an allowed value. Allowed values: ${ASSIGNABLE.map((s) => s.name).join(', ')}`,
          ],
        },
      }
    const versions = known.versions.map((v) => v.version_name)
    if (schema.version && !versions.includes(schema.version))
      return {
        errors: {
          version: [
            `Version "${schema.version}" is not an allowed value for the schema "${schema.name}". Allowed versions: ${versions.join(', ')}`,
          ],
        },
      }
  }
  return schema
}

type Errors = Record<string, unknown>

/** udata's `CHECKSUM_TYPES`; the form's default type is sha1. */
const CHECKSUM_TYPES = ['sha1', 'sha2', 'sha256', 'md5', 'crc']

/** Apply the writable fields of `body` to `target`, collecting WTForms-style errors. */
function applyFields(
  ctx: Ctx,
  target: ResourceDoc,
  body: Record<string, unknown>,
  creating: boolean,
  errors: Errors,
): void {
  const has = (k: string) => hasOwn(body, k)
  const hosted = target.filetype === 'file' && !creating
  if (has('title') || creating) {
    const t = body.title
    if (typeof t !== 'string' || t.trim() === '')
      errors.title = [tr(ctx.lang, 'This field is required.')]
    else if (t.length > 350) errors.title = ['Field cannot be longer than 350 characters.']
    else target.title = t
  }
  if (has('description')) {
    const d = body.description
    target.description = typeof d === 'string' && d !== '' ? d : null
  }
  if (has('type')) {
    const t = body.type
    if (typeof t !== 'string' || !resourceTypeIds.has(t))
      errors.type = [tr(ctx.lang, 'Not a valid choice')]
    else target.type = t
  }
  if (has('schema')) {
    const s = schemaFrom(body.schema)
    if (s !== null && 'errors' in s) errors.schema = s.errors
    else target.schema = s
  }
  if (has('extras')) {
    // extras sent on a resource PUT replace ALL extras, Hydra's check:* included (udata 8.0.1 note)
    if (isRecord(body.extras)) target.extras = body.extras
    else errors.extras = ['Wrong extras format']
  }
  // hosted files: url/checksum/filesize/mime/format are protected from client values
  if (hosted) return
  if (has('url') || creating) {
    const u = body.url
    if (typeof u !== 'string' || u.trim() === '')
      errors.url = [tr(ctx.lang, 'This field is required.')]
    else {
      const e = urlError(u.trim())
      if (e) errors.url = [e]
      else target.url = u.trim()
    }
  }
  if (has('format')) {
    const f = body.format
    target.format = typeof f === 'string' && f.trim() !== '' ? f.trim().toLowerCase() : null
  }
  if (has('mime'))
    target.mime = typeof body.mime === 'string' && body.mime !== '' ? body.mime : null
  if (has('filesize')) target.filesize = typeof body.filesize === 'number' ? body.filesize : null
  if (has('checksum')) {
    const c = body.checksum
    if (c === null) target.checksum = null
    else if (!isRecord(c)) errors.checksum = { value: ['Invalid checksum'] }
    else {
      const type = c.type ?? 'sha1'
      if (typeof type !== 'string' || !CHECKSUM_TYPES.includes(type))
        errors.checksum = { type: [tr(ctx.lang, 'Not a valid choice')] }
      // a checksum without a value is not stored
      else if (typeof c.value !== 'string' || c.value.trim() === '') target.checksum = null
      else target.checksum = { type, value: c.value.trim() }
    }
  }
}

export function blankResource(ctx: Ctx, filetype: 'file' | 'remote'): ResourceDoc {
  const now = ctx.db.tick()
  return emptyResource(ctx.db.newUuid(), filetype, now)
}

/** A resource with none of its fields given yet, created and modified at `now`. */
export function emptyResource(id: string, filetype: 'file' | 'remote', now: string): ResourceDoc {
  return {
    id,
    title: '',
    description: null,
    filetype,
    type: 'main',
    format: null,
    url: '',
    checksum: null,
    filesize: null,
    mime: null,
    created_at: now,
    last_modified: now,
    last_modified_internal: now,
    extras: {},
    schema: null,
    harvest: null,
    views: 0,
    preview_url: null,
    file: null,
  }
}

/** POST /datasets/{id}/resources/: remote resources only. */
export function createRemoteResource(ctx: Ctx, body: Record<string, unknown>): ResourceDoc {
  // the form default is `file`, so a missing filetype is refused too
  if (body.filetype !== 'remote') throw plain(400, 'This endpoint only supports remote resources')
  const resource = blankResource(ctx, 'remote')
  const errors: Errors = {}
  applyFields(ctx, resource, body, true, errors)
  if (Object.keys(errors).length > 0) throw new HttpError(json({ errors }, 400))
  return resource
}

/** PUT /datasets/{id}/resources/{rid}/: absent keys kept, filetype fixed after creation. */
export function updateResource(
  ctx: Ctx,
  resource: ResourceDoc,
  body: Record<string, unknown>,
): ResourceDoc {
  if (hasOwn(body, 'filetype') && body.filetype !== resource.filetype) {
    throw plain(400, 'Cannot modify filetype after creation')
  }
  const next = structuredClone(resource)
  const errors: Errors = {}
  applyFields(ctx, next, body, false, errors)
  if (Object.keys(errors).length > 0) throw new HttpError(json({ errors }, 400))
  const now = ctx.db.tick()
  next.last_modified = now
  next.last_modified_internal = now
  return next
}

export type ResourcePatch = { resource: ResourceDoc; errors: Errors | null }

/** One item of `resources` in a dataset PUT: matched by id, else (re)created with a new id. */
export function resourceFromInput(ctx: Ctx, item: unknown, current: ResourceDoc[]): ResourcePatch {
  const body = isRecord(item) ? item : {}
  const id = typeof body.id === 'string' ? body.id : null
  const existing = id ? current.find((r) => r.id === id) : undefined
  const errors: Errors = {}
  if (existing) {
    const next = structuredClone(existing)
    applyFields(ctx, next, body, false, errors)
    return { resource: next, errors: Object.keys(errors).length > 0 ? errors : null }
  }
  const filetype = body.filetype === 'file' ? 'file' : 'remote'
  const resource = blankResource(ctx, filetype)
  applyFields(ctx, resource, body, true, errors)
  return { resource, errors: Object.keys(errors).length > 0 ? errors : null }
}
