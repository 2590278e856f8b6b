// Resources: v2 paginated list, get, remote create, uploads (single + chunked), update,
// delete, reorder, v2 extras.
import { recordActivity, subjectOf } from '../activity.ts'
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { touchDataset } from '../dataset-dates.ts'
import { findDataset, param } from '../lookup.ts'
import {
  type UploadedFile,
  boundaryOf,
  looksLikeHtml,
  parseMultipart,
  sha1Hex,
  toBase64,
} from '../multipart.ts'
import { assertEditable, assertReadable } from '../permissions.ts'
import { EXTENSIONS, FORMAT_MIME } from '../reference.ts'
import { blankResource, createRemoteResource, updateResource } from '../resource-form.ts'
import type { Router } from '../router.ts'
import { resource as serializeResource } from '../serialize.ts'
import type { DatasetDoc, ResourceDoc, UserDoc } from '../types.ts'
import { foldText, isRecord } from '../util.ts'

function readableDataset(ctx: Ctx): DatasetDoc {
  const ds = findDataset(ctx, param(ctx, 'dataset'))
  assertReadable(ctx.db, ctx.user, ds, 'Dataset has been deleted')
  return ds
}

function editableDataset(ctx: Ctx): { ds: DatasetDoc; user: UserDoc } {
  const user = requireUser(ctx.user)
  const ds = readableDataset(ctx)
  if (ds.deleted) throw http.plain(410, 'Dataset has been deleted')
  assertEditable(ctx.db, user, ds, 'Dataset')
  return { ds, user }
}

function findResource(ctx: Ctx, ds: DatasetDoc): ResourceDoc {
  const rid = param(ctx, 'rid')
  const r = ctx.db.resources(ds).find((x) => x.id === rid)
  if (!r) throw http.plain(404, 'Resource does not exist')
  return r
}

/** Every resource write bumps the dataset's dates (dataset-dates.ts) and records activity. */
function touch(
  ctx: Ctx,
  ds: DatasetDoc,
  user: UserDoc,
  resource: ResourceDoc | null,
  action: string,
): void {
  const now = ctx.db.tick()
  touchDataset(ds, now)
  ds.last_update = now
  recordActivity(
    ctx,
    user,
    subjectOf('Dataset', ds),
    'dataset:updated',
    ['resources'],
    resource ? { resource_id: resource.id, resource_title: resource.title, action } : { action },
  )
  ctx.changed()
}

function uploadError(message: string): http.HttpError {
  return new http.HttpError(http.json({ success: false, error: message }, 400))
}

type UploadInput = { file: UploadedFile | null; fields: Record<string, string> }

async function readUpload(ctx: Ctx): Promise<UploadInput> {
  const declared = Number(ctx.request.headers.get('Content-Length') ?? '0')
  if (declared > ctx.maxUploadBytes) throw http.plain(413, http.MESSAGES.tooLarge)
  const boundary = boundaryOf(ctx.request.headers.get('Content-Type'))
  const buffer = new Uint8Array(await ctx.request.arrayBuffer())
  if (buffer.byteLength > ctx.maxUploadBytes) throw http.plain(413, http.MESSAGES.tooLarge)
  if (!boundary) throw uploadError('Missing file parameter')
  const parsed = parseMultipart(buffer, boundary)
  return { file: parsed.files.file ?? null, fields: parsed.fields }
}

/**
 * udata's upload protocol: a single request with `file`, or chunks (`uuid`, `partindex`,
 * `partbyteoffset`, `totalparts`, `chunksize`) answered `{"success": true}` and a final request
 * without `file` that combines them. Returns the complete file once available, else null.
 */
function receiveFile(ctx: Ctx, input: UploadInput): UploadedFile | null {
  const { fields, file } = input
  const totalParts = Number(fields.totalparts ?? '1')
  const uuid = fields.uuid
  if (file && uuid && totalParts > 1) {
    const index = Number(fields.partindex ?? 'NaN')
    const chunkSize = Number(fields.chunksize ?? 'NaN')
    if (!Number.isInteger(index) || index < 0 || index >= totalParts)
      throw uploadError('Invalid part index')
    if (chunkSize !== file.data.byteLength) throw uploadError('Chunk size mismatch')
    const parts = ctx.db.chunks.get(uuid) ?? new Map<number, Uint8Array<ArrayBuffer>>()
    parts.set(index, file.data)
    ctx.db.chunks.set(uuid, parts)
    return null
  }
  if (file) return file
  if (!uuid) throw uploadError('Missing file parameter')
  const parts = ctx.db.chunks.get(uuid)
  if (!parts || parts.size !== totalParts) throw uploadError('Missing chunks for this upload')
  let size = 0
  for (let i = 0; i < totalParts; i++) size += parts.get(i)?.byteLength ?? 0
  const data = new Uint8Array(size)
  let offset = 0
  for (let i = 0; i < totalParts; i++) {
    const part = parts.get(i)
    if (!part) throw uploadError('Missing chunks for this upload')
    data.set(part, offset)
    offset += part.byteLength
  }
  ctx.db.chunks.delete(uuid)
  return { filename: fields.filename ?? 'file', contentType: 'application/octet-stream', data }
}

function extensionOf(filename: string): string {
  const lower = filename.toLowerCase()
  if (lower.endsWith('.tar.gz')) return 'gz'
  const dot = lower.lastIndexOf('.')
  return dot >= 0 ? lower.slice(dot + 1) : ''
}

/** Validate and store the bytes; returns the hosted-file fields of the resource. */
async function storeFile(ctx: Ctx, ds: DatasetDoc, file: UploadedFile) {
  const ext = extensionOf(file.filename)
  if (!(EXTENSIONS as readonly string[]).includes(ext)) {
    throw http.plain(
      400,
      `This file type is not allowed.The allowed file type list is available at ${ctx.origin}/api/1/datasets/extensions/`,
    )
  }
  if (looksLikeHtml(file.data)) throw http.plain(415, 'Incorrect file content type: HTML')
  const checksum = await sha1Hex(file.data)
  const stamp = ctx.db.tick().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const safeName = file.filename.replace(/[^A-Za-z0-9._-]+/g, '-').slice(-120) || `file.${ext}`
  const key = `/static/resources/${ds.slug.slice(0, 80)}/${stamp}/${safeName}`
  const mime = FORMAT_MIME[ext] ?? 'application/octet-stream'
  ctx.db.state.files[key] = { mime, base64: toBase64(file.data) }
  return {
    url: key,
    file: key,
    checksum: { type: 'sha1', value: checksum },
    filesize: file.data.byteLength,
    mime,
    format: ext,
  }
}

export function registerResourceRoutes(router: Router): void {
  // v2 paginated list; next/previous are hand-built (page, page_size, type, q only, not encoded)
  router.get('/api/2/datasets/:dataset/resources/', (ctx) => {
    const ds = readableDataset(ctx)
    const page = http.positiveInt(ctx.url, 'page', 1)
    const pageSize = http.positiveInt(ctx.url, 'page_size', 50)
    const type = ctx.url.searchParams.get('type')
    const q = ctx.url.searchParams.get('q')
    const folded = q ? foldText(q) : null
    const all = ctx.db
      .resources(ds)
      .filter((r) => (!type || r.type === type) && (!folded || foldText(r.title).includes(folded)))
    const start = (page - 1) * pageSize
    const slice = all.slice(start, start + pageSize)
    if (page > 1 && slice.length === 0) throw http.notFound()
    const base = `${ctx.origin}/api/2/datasets/${ds.id}/resources/`
    const link = (p: number) =>
      `${base}?page=${p}&page_size=${pageSize}${type ? `&type=${type}` : ''}${q ? `&q=${q}` : ''}`
    return http.json({
      data: slice.map((r) => serializeResource(ctx, r)),
      next_page: start + pageSize < all.length ? link(page + 1) : null,
      page,
      page_size: pageSize,
      previous_page: page > 1 ? link(page - 1) : null,
      total: all.length,
    })
  })

  router.get('/api/1/datasets/:dataset/resources/:rid/', (ctx) => {
    const ds = readableDataset(ctx)
    return http.json(serializeResource(ctx, findResource(ctx, ds)))
  })

  router.get('/api/2/datasets/resources/:rid/', (ctx) => {
    const rid = param(ctx, 'rid')
    for (const ds of ctx.db.state.datasets) {
      const r = ctx.db.resources(ds).find((x) => x.id === rid)
      if (!r) continue
      assertReadable(ctx.db, ctx.user, ds, 'Dataset has been deleted')
      return http.json({ resource: serializeResource(ctx, r), dataset_id: ds.id })
    }
    throw http.plain(404, 'Resource does not exist')
  })

  router.post('/api/1/datasets/:dataset/resources/', async (ctx) => {
    const { ds, user } = editableDataset(ctx)
    const body = await http.readJsonObject(ctx.request, 'wtforms', ctx.maxJsonBytes)
    const r = createRemoteResource(ctx, body)
    ctx.db.resources(ds).unshift(r) // new resources are prepended
    touch(ctx, ds, user, r, 'created')
    return http.json(serializeResource(ctx, r), 201)
  })

  router.put('/api/1/datasets/:dataset/resources/:rid/', async (ctx) => {
    const { ds, user } = editableDataset(ctx)
    const current = findResource(ctx, ds)
    const body = await http.readJsonObject(ctx.request, 'wtforms', ctx.maxJsonBytes)
    const next = updateResource(ctx, current, body)
    const list = ctx.db.resources(ds)
    list[list.indexOf(current)] = next
    touch(ctx, ds, user, next, 'updated')
    return http.json(serializeResource(ctx, next))
  })

  router.delete('/api/1/datasets/:dataset/resources/:rid/', (ctx) => {
    const { ds, user } = editableDataset(ctx)
    const current = findResource(ctx, ds)
    const list = ctx.db.resources(ds)
    list.splice(list.indexOf(current), 1)
    if (current.file) delete ctx.db.state.files[current.file]
    touch(ctx, ds, user, current, 'deleted')
    return http.noContent()
  })

  // reorder: the body must list every resource (objects with id, or bare ids)
  router.put('/api/1/datasets/:dataset/resources/', async (ctx) => {
    const { ds, user } = editableDataset(ctx)
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    if (!Array.isArray(body)) throw http.plain(400, 'Expecting a list of resources')
    const list = ctx.db.resources(ds)
    const ids = body.map((item) =>
      typeof item === 'string'
        ? item
        : isRecord(item) && typeof item.id === 'string'
          ? item.id
          : null,
    )
    if (ids.length !== list.length) {
      throw http.plain(
        400,
        `All resources must be reordered, you provided ${ids.length} out of ${list.length}`,
      )
    }
    const byId = new Map(list.map((r) => [r.id, r]))
    if (ids.some((id) => id === null || !byId.has(id)) || new Set(ids).size !== ids.length) {
      throw http.plain(
        400,
        'Resource ids must match existing ones in dataset, ie: set(old_resources_id) == set(new_resources_id)',
      )
    }
    ds.resources = ids.map((id) => byId.get(id as string) as ResourceDoc)
    touch(ctx, ds, user, null, 'reordered')
    return http.json(ds.resources.map((r) => serializeResource(ctx, r)))
  })

  const upload = async (ctx: Ctx, replace: boolean) => {
    const { ds, user } = editableDataset(ctx)
    const existing = replace ? findResource(ctx, ds) : null
    if (existing && existing.filetype !== 'file')
      throw http.plain(400, 'This endpoint only supports hosted files')
    const file = receiveFile(ctx, await readUpload(ctx))
    if (!file) return http.json({ success: true })
    const stored = await storeFile(ctx, ds, file)
    const list = ctx.db.resources(ds)
    if (existing) {
      if (existing.file) delete ctx.db.state.files[existing.file]
      const now = ctx.db.tick()
      const next: ResourceDoc = {
        ...existing,
        ...stored,
        last_modified: now,
        last_modified_internal: now,
      }
      list[list.indexOf(existing)] = next
      touch(ctx, ds, user, next, 'file replaced')
      return http.json({ ...serializeResource(ctx, next), success: true })
    }
    const r: ResourceDoc = { ...blankResource(ctx, 'file'), ...stored, title: file.filename }
    list.unshift(r)
    touch(ctx, ds, user, r, 'uploaded')
    return http.json({ ...serializeResource(ctx, r), success: true }, 201)
  }
  router.post('/api/1/datasets/:dataset/upload/', (ctx) => upload(ctx, false))
  router.post('/api/1/datasets/:dataset/resources/:rid/upload/', (ctx) => upload(ctx, true))

  // ---- v2 resource extras
  router.get('/api/2/datasets/:dataset/resources/:rid/extras/', (ctx) =>
    http.json(findResource(ctx, readableDataset(ctx)).extras),
  )
  router.put('/api/2/datasets/:dataset/resources/:rid/extras/', async (ctx) => {
    const { ds } = editableDataset(ctx)
    const r = findResource(ctx, ds)
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    if (!isRecord(body)) throw http.plain(400, 'Wrong payload format, dict expected')
    for (const [key, value] of Object.entries(body)) {
      if (value === null) delete r.extras[key]
      else r.extras[key] = value
    }
    // Hydra's channel: neither the resource's nor the dataset's dates move, no activity (§6.4).
    ctx.changed()
    return http.json(r.extras)
  })
  router.delete('/api/2/datasets/:dataset/resources/:rid/extras/', async (ctx) => {
    const { ds } = editableDataset(ctx)
    const r = findResource(ctx, ds)
    const body = await http.readJson(ctx.request, 'restx', ctx.maxJsonBytes)
    if (!Array.isArray(body)) throw http.plain(400, 'Wrong payload format, list expected')
    for (const key of body) {
      if (typeof key !== 'string' || !(key in r.extras))
        throw http.plain(404, `Key '${String(key)}' not found in existing extras`)
      delete r.extras[key]
    }
    ctx.changed()
    return http.noContent()
  })
}
