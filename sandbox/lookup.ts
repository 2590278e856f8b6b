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

type Sluggable = { id: string; slug: string }

/** By id, then by slug, then by an old slug (308 to the current URL); otherwise 404. */
function find<T extends Sluggable>(
  ctx: Ctx,
  key: string,
  byId: Map<string, T>,
  bySlug: Map<string, T>,
  redirects: Record<string, string>,
): T {
  const found = byId.get(key) ?? bySlug.get(key)
  if (found) return found
  const id = redirects[key]
  const target = id ? byId.get(id) : undefined
  if (target) throw redirectTo(ctx, key, target.slug)
  throw notFound()
}

export function findDataset(ctx: Ctx, key: string): DatasetDoc {
  const { datasetsById, datasetsBySlug, state } = ctx.db
  return find(ctx, key, datasetsById, datasetsBySlug, state.redirects.datasets)
}

export function findReuse(ctx: Ctx, key: string): ReuseDoc {
  const { reusesById, reusesBySlug, state } = ctx.db
  return find(ctx, key, reusesById, reusesBySlug, state.redirects.reuses)
}

export function findOrg(ctx: Ctx, key: string): OrgDoc {
  const { orgsById, orgsBySlug, state } = ctx.db
  return find(ctx, key, orgsById, orgsBySlug, state.redirects.organizations)
}

export function param(ctx: Ctx, name: string): string {
  const value = ctx.params[name]
  if (value === undefined) throw notFound()
  return value
}
