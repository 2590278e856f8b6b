// Reference lists and autocomplete endpoints (plain JSON arrays / maps, labels per ?lang=).
import type { Ctx } from '../context.ts'
import { json, positiveInt } from '../http.ts'
import { reasonCategories } from '../access-type.ts'
import { EXTENSIONS, SCHEMA_CATALOGUE, mimeTypes, ZONES, referenceLists } from '../reference.ts'
import type { Router } from '../router.ts'
import { foldText, slugify } from '../util.ts'

function size(ctx: Ctx, fallback: number): number {
  return positiveInt(ctx.url, 'size', fallback)
}

function q(ctx: Ctx): string {
  return foldText(ctx.url.searchParams.get('q') ?? '').trim()
}

/** A suggest endpoint: the items that match the folded `q`, the first `size` (10 by default). */
function suggest<T>(
  ctx: Ctx,
  items: readonly T[],
  matches: (item: T, query: string) => boolean,
  toSuggestion: (item: T) => unknown,
) {
  const query = q(ctx)
  return json(
    items
      .filter((item) => matches(item, query))
      .slice(0, size(ctx, 10))
      .map(toSuggestion),
  )
}

export function registerReferenceRoutes(router: Router): void {
  router.get('/api/1/datasets/licenses/', () => json(referenceLists.licenses()))
  router.get('/api/1/datasets/frequencies/', (ctx) => json(referenceLists.frequencies(ctx.lang)))
  router.get('/api/1/datasets/resource_types/', (ctx) =>
    json(referenceLists.resourceTypes(ctx.lang)),
  )
  router.get('/api/1/datasets/extensions/', () => json([...EXTENSIONS]))
  router.get('/api/1/datasets/badges/', (ctx) => json(referenceLists.datasetBadges(ctx.lang)))
  router.get('/api/1/reuses/types/', (ctx) => json(referenceLists.reuseTypes(ctx.lang)))
  router.get('/api/1/reuses/topics/', (ctx) => json(referenceLists.reuseTopics(ctx.lang)))
  router.get('/api/1/reuses/badges/', () => json({}))
  router.get('/api/1/spatial/granularities/', (ctx) => json(referenceLists.granularities(ctx.lang)))
  router.get('/api/1/spatial/levels/', (ctx) =>
    json(referenceLists.granularities(ctx.lang).filter((g) => g.id !== 'poi' && g.id !== 'other')),
  )
  router.get('/api/1/organizations/roles/', (ctx) => json(referenceLists.orgRoles(ctx.lang)))
  router.get('/api/1/organizations/badges/', (ctx) => json(referenceLists.orgBadges(ctx.lang)))
  router.get('/api/1/contacts/roles/', (ctx) => json(referenceLists.contactRoles(ctx.lang)))
  router.get('/api/1/datasets/schemas/', () => json(SCHEMA_CATALOGUE))
  router.get('/api/1/access_type/reason_categories/', (ctx) => json(reasonCategories(ctx.lang)))
  router.get('/api/1/reports/reasons/', (ctx) => json(referenceLists.reportReasons(ctx.lang)))

  router.get('/api/1/spatial/zones/suggest/', (ctx) =>
    suggest(
      ctx,
      ZONES,
      (z, query) => !query || foldText(z.name).includes(query) || z.code.startsWith(query),
      (z) => ({
        id: z.id,
        name: z.name,
        code: z.code,
        level: z.level,
        uri: `${ctx.origin}/api/1/spatial/zone/${z.id}/`,
      }),
    ),
  )

  router.get('/api/1/tags/suggest/', (ctx) => {
    // q is slugified, "contains" match, shortest first
    const query = slugify(ctx.url.searchParams.get('q') ?? '')
    const all = new Set<string>()
    for (const d of ctx.db.state.datasets) for (const t of d.tags) all.add(t)
    for (const r of ctx.db.state.reuses) for (const t of r.tags) all.add(t)
    const hits = [...all]
      .filter((t) => t.includes(query))
      .sort((a, b) => a.length - b.length || a.localeCompare(b))
    return json(hits.slice(0, size(ctx, 8)).map((text) => ({ text })))
  })

  router.get('/api/1/datasets/suggest/formats/', (ctx) => {
    const formats = [
      'csv',
      'json',
      'geojson',
      'xlsx',
      'xls',
      'zip',
      'pdf',
      'xml',
      'shp',
      'ods',
      'parquet',
      'txt',
      'kml',
      'gpkg',
    ]
    return suggest(
      ctx,
      formats,
      (f, query) => f.includes(query),
      (text) => ({ text }),
    )
  })

  router.get('/api/1/datasets/suggest/mime/', (ctx) =>
    suggest(
      ctx,
      mimeTypes,
      (m, query) => m.includes(query),
      (text) => ({ text }),
    ),
  )

  router.get('/api/1/datasets/suggest/', (ctx) =>
    suggest(
      ctx,
      ctx.db.state.datasets,
      (d, query) => !d.private && !d.deleted && !d.archived && foldText(d.title).includes(query),
      (d) => ({
        id: d.id,
        title: d.title,
        acronym: d.acronym,
        slug: d.slug,
        image_url: null,
        page: `${ctx.origin}/fr/datasets/${d.slug}/`,
      }),
    ),
  )

  router.get('/api/1/organizations/suggest/', (ctx) =>
    suggest(
      ctx,
      ctx.db.state.organizations,
      (o, query) =>
        !o.deleted &&
        (foldText(o.name).includes(query) || foldText(o.acronym ?? '').includes(query)),
      (o) => ({
        id: o.id,
        name: o.name,
        acronym: o.acronym,
        slug: o.slug,
        image_url: o.logo,
        page: `${ctx.origin}/fr/organizations/${o.slug}/`,
      }),
    ),
  )

  router.get('/api/1/reuses/suggest/', (ctx) =>
    suggest(
      ctx,
      ctx.db.state.reuses,
      (r, query) => !r.private && !r.deleted && foldText(r.title).includes(query),
      (r) => ({
        id: r.id,
        title: r.title,
        slug: r.slug,
        image_url: r.image,
        page: `${ctx.origin}/fr/reuses/${r.slug}/`,
      }),
    ),
  )

  router.get('/api/1/users/suggest/', (ctx) =>
    suggest(
      ctx,
      ctx.db.state.users,
      (u, query) => foldText(`${u.first_name} ${u.last_name}`).includes(query),
      (u) => ({
        id: u.id,
        first_name: u.first_name,
        last_name: u.last_name,
        avatar_url: u.avatar,
        email: `***@${u.email.split('@')[1] ?? ''}`,
        slug: u.slug,
      }),
    ),
  )
}
