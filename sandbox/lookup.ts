// Resolve `{dataset}` / `{reuse}` / `{org}` URL parts: id first, then slug; an old slug answers
// 308 to the current URL (method and body preserved), unknown → 404.
import type { Ctx } from './context.ts'
import { HttpError, notFound } from './http.ts'
import type { DatasetDoc, OrgDoc, ReuseDoc } from './types.ts'

function redirectTo(ctx: Ctx, oldPart: string, newPart: string): HttpError {
  const url = new URL(ctx.url.href)
  const segments = url.pathname.split('/')
  const index = segments.findIndex((s) => decodeURIComponent(s) === oldPart)
  if (index >= 0) segments[index] = encodeURIComponent(newPart)
  url.pathname = segments.join('/')
  return new HttpError(new Response(null, { status: 308, headers: { Location: url.href } }))
}

export function findDataset(ctx: Ctx, key: string): DatasetDoc {
  const db = ctx.db
  const ds = db.datasetsById.get(key) ?? db.datasetsBySlug.get(key)
  if (ds) return ds
  const id = db.state.redirects.datasets[key]
  const target = id ? db.datasetsById.get(id) : undefined
  if (target) throw redirectTo(ctx, key, target.slug)
  throw notFound()
}

export function findReuse(ctx: Ctx, key: string): ReuseDoc {
  const db = ctx.db
  const reuse = db.reusesById.get(key) ?? db.reusesBySlug.get(key)
  if (reuse) return reuse
  const id = db.state.redirects.reuses[key]
  const target = id ? db.reusesById.get(id) : undefined
  if (target) throw redirectTo(ctx, key, target.slug)
  throw notFound()
}

export function findOrg(ctx: Ctx, key: string): OrgDoc {
  const db = ctx.db
  const org = db.orgsById.get(key) ?? db.orgsBySlug.get(key)
  if (org) return org
  const id = db.state.redirects.organizations[key]
  const target = id ? db.orgsById.get(id) : undefined
  if (target) throw redirectTo(ctx, key, target.slug)
  throw notFound()
}

export function param(ctx: Ctx, name: string): string {
  const value = ctx.params[name]
  if (value === undefined) throw notFound()
  return value
}
