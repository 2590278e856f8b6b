// One test per udata quirk on datasets (udata-api.md §2–8).
import { describe, expect, it } from 'vitest'
import { createSandbox } from './app.ts'
import { ORIGIN, arr, call, keyOf, obj, orgOf, page, small } from './test-client.ts'

async function firstPublic(
  sb: ReturnType<typeof small>,
  extra = '',
): Promise<Record<string, unknown>> {
  const p = page(
    (await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&sort=-created${extra}`))
      .body,
  )
  const ds = p.data.find((d) => !d.private && !d.deleted && !d.archived && d.harvest === null)
  if (!ds) throw new Error('no public dataset')
  return ds
}

describe('seed and accounts', () => {
  it('is deterministic per seed, with fixed account ids and udata_ keys', () => {
    const a = createSandbox({ scale: 'small', seed: 7 })
    const b = createSandbox({ scale: 'small', seed: 7 })
    const c = createSandbox({ scale: 'small', seed: 8 })
    expect(a.accounts).toEqual(b.accounts)
    expect(a.accounts.map((x) => x.id)).toEqual([
      'admin',
      'editor',
      'partial-editor',
      'other-org-member',
      'no-organization',
      'expired',
      'revoked',
    ])
    expect(a.accounts[0]?.api_key).toMatch(/^udata_[A-Za-z0-9_-]{64}$/)
    expect(c.accounts[0]?.api_key).not.toBe(a.accounts[0]?.api_key)
    expect(a.accounts.find((x) => x.id === 'other-org-member')?.organization_id).not.toBe(
      a.accounts[0]?.organization_id,
    )
    expect(a.accounts.find((x) => x.id === 'no-organization')?.organization_id).toBeNull()
  })

  it('full scale seeds ≥ 1,500 datasets in the big org, and a 1,000+ resource dataset', async () => {
    // How long seeding takes is a row of bench/sandbox-bench.ts, not an assertion that a busy
    // machine fails.
    const sb = createSandbox()
    const admin = keyOf(sb, 'admin')
    const all = page(
      (
        await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&page_size=1`, {
          key: admin,
        })
      ).body,
    )
    expect(all.total).toBeGreaterThanOrEqual(1500)
    for (const filter of ['private=true', 'archived=true', 'deleted=true']) {
      const p = page(
        (
          await call(
            sb,
            'GET',
            `/api/2/datasets/?organization=${orgOf(sb)}&${filter}&page_size=1`,
            { key: admin },
          )
        ).body,
      )
      expect(p.total, filter).toBeGreaterThan(10)
    }
    const huge = page((await call(sb, 'GET', `/api/2/datasets/?q=relevés+horaires+archives`)).body)
      .data[0]
    expect(obj(huge?.resources).total).toBeGreaterThanOrEqual(1000)
    const reuses = page((await call(sb, 'GET', `/api/2/reuses/?page_size=1`)).body)
    expect(reuses.total).toBeGreaterThanOrEqual(200)
  })

  it('has an injection-titled dataset findable by search', async () => {
    const sb = small()
    const p = page((await call(sb, 'GET', '/api/1/datasets/?q=piégé')).body)
    expect(String(p.data[0]?.title)).toContain('<script>')
    expect(arr(p.data[0]?.tags)).toContain('script-alert-1-script')
  })
})

describe('dataset lists', () => {
  it('anonymous sees only public, non-archived, non-deleted; a member also sees drafts and deleted', async () => {
    const sb = small()
    const org = orgOf(sb)
    const anon = page(
      (await call(sb, 'GET', `/api/2/datasets/?organization=${org}&page_size=500`)).body,
    )
    expect(anon.data.every((d) => !d.private && !d.archived && !d.deleted)).toBe(true)
    const member = page(
      (
        await call(sb, 'GET', `/api/2/datasets/?organization=${org}&page_size=500`, {
          key: keyOf(sb, 'partial-editor'),
        })
      ).body,
    )
    expect(member.total).toBeGreaterThan(anon.total)
    expect(member.data.some((d) => d.deleted !== null)).toBe(true)
    const outsider = page(
      (
        await call(sb, 'GET', `/api/2/datasets/?organization=${org}&page_size=500`, {
          key: keyOf(sb, 'other-org-member'),
        })
      ).body,
    )
    expect(outsider.total).toBe(anon.total)
  })

  it('status filters need authentication (401) and work for members', async () => {
    const sb = small()
    expect((await call(sb, 'GET', '/api/2/datasets/?private=true')).status).toBe(401)
    expect((await call(sb, 'GET', '/api/2/datasets/?deleted=false')).status).toBe(401)
    const key = keyOf(sb, 'admin')
    const drafts = page(
      (await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&private=true`, { key }))
        .body,
    )
    expect(drafts.data.every((d) => d.private === true)).toBe(true)
    const live = page(
      (
        await call(
          sb,
          'GET',
          `/api/2/datasets/?organization=${orgOf(sb)}&deleted=false&page_size=500`,
          { key },
        )
      ).body,
    )
    expect(live.data.every((d) => d.deleted === null)).toBe(true)
  })

  it('filters: tag (repeatable, AND), license, format, badge choice, sort', async () => {
    const sb = small()
    const any = page((await call(sb, 'GET', '/api/1/datasets/?tag=securite')).body)
    expect(any.total).toBeGreaterThan(0)
    const both = page(
      (await call(sb, 'GET', '/api/1/datasets/?tag=securite&tag=script-alert-1-script')).body,
    )
    expect(both.total).toBe(1)
    const none = page((await call(sb, 'GET', '/api/1/datasets/?tag=securite&tag=nope-nope')).body)
    expect(none.total).toBe(0)
    const lov2 = page((await call(sb, 'GET', '/api/2/datasets/?license=lov2&page_size=100')).body)
    expect(lov2.data.every((d) => d.license === 'lov2')).toBe(true)
    const csv = page((await call(sb, 'GET', '/api/1/datasets/?format=csv&page_size=5')).body)
    expect(csv.data.every((d) => arr(d.resources).some((r) => obj(r).format === 'csv'))).toBe(true)
    const badBadge = await call(sb, 'GET', '/api/2/datasets/?badge=nope')
    expect(badBadge.status).toBe(400)
    expect(obj(badBadge.body).message).toBe('Input payload validation failed')
    const byTitle = page((await call(sb, 'GET', '/api/2/datasets/?sort=title&page_size=50')).body)
    const titles = byTitle.data.map((d) => String(d.title))
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect((await call(sb, 'GET', '/api/2/datasets/?sort=bogus')).status).toBe(400)
  })

  it('lists in the order of the latest state: a write moves the dataset it changed', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const list = async (sort: string) =>
      page(
        (await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&sort=${sort}`, { key }))
          .body,
      ).data.map((d) => String(d.id))
    const before = await list('-last_modified')
    const last = before[before.length - 1]
    expect(before.length).toBeGreaterThan(1)
    const rename = await call(sb, 'PUT', `/api/1/datasets/${last}/`, {
      key,
      json: { title: '!!! En tête' },
    })
    expect(rename.status).toBe(200)
    expect((await list('-last_modified'))[0]).toBe(last)
    expect((await list('title'))[0]).toBe(last)
  })

  it('id-only filters: a slug gives 400 "… must be an identifier"', async () => {
    const sb = small()
    const res = await call(
      sb,
      'GET',
      '/api/2/datasets/?organization=ministere-de-la-transition-ecologique',
    )
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ message: 'Organization arg must be an identifier' })
  })

  it('pagination: absolute next/previous rebuilt from the request (repeated params kept), 404 past the end, 400 page<1', async () => {
    const sb = small()
    const p = page(
      (
        await call(
          sb,
          'GET',
          '/api/2/datasets/?tag=environnement&tag=environnement&page_size=1&page=2',
        )
      ).body,
    )
    expect(p.next_page).toBe(
      `${ORIGIN}/api/2/datasets/?tag=environnement&tag=environnement&page_size=1&page=3`,
    )
    expect(p.previous_page).toBe(
      `${ORIGIN}/api/2/datasets/?tag=environnement&tag=environnement&page_size=1&page=1`,
    )
    expect((await call(sb, 'GET', '/api/2/datasets/?page=9999')).status).toBe(404)
    const zero = await call(sb, 'GET', '/api/2/datasets/?page=0')
    expect(zero.status).toBe(400)
    expect(obj(zero.body)).toMatchObject({
      message: 'Input payload validation failed',
      errors: { page: expect.any(String) as string },
    })
    expect((await call(sb, 'GET', '/api/2/datasets/?page_size=-1')).status).toBe(400)
    const last = page((await call(sb, 'GET', '/api/2/datasets/?page_size=5000')).body)
    expect(last.next_page).toBeNull()
  })

  it('/organizations/{org}/datasets/ ignores filters and includes archived and deleted for everyone', async () => {
    const sb = small()
    const p = page(
      (
        await call(
          sb,
          'GET',
          `/api/1/organizations/${orgOf(sb)}/datasets/?page_size=500&deleted=false&q=zzz`,
        )
      ).body,
    )
    expect(p.data.some((d) => d.deleted !== null)).toBe(true)
    expect(p.data.some((d) => d.archived !== null)).toBe(true)
    expect(p.data.some((d) => d.private)).toBe(false)
  })
})

describe('dataset item', () => {
  it('private → 404 and deleted → 410 for outsiders, 200 for members', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const drafts = page(
      (await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&private=true`, { key }))
        .body,
    )
    const draftId = String(drafts.data[0]?.id)
    expect((await call(sb, 'GET', `/api/1/datasets/${draftId}/`)).status).toBe(404)
    expect(
      (await call(sb, 'GET', `/api/1/datasets/${draftId}/`, { key: keyOf(sb, 'other-org-member') }))
        .status,
    ).toBe(404)
    expect((await call(sb, 'GET', `/api/1/datasets/${draftId}/`, { key })).status).toBe(200)
    const deleted = page(
      (
        await call(
          sb,
          'GET',
          `/api/2/datasets/?organization=${orgOf(sb)}&deleted=true&private=false`,
          { key },
        )
      ).body,
    )
    const deletedId = String(deleted.data[0]?.id)
    const gone = await call(sb, 'GET', `/api/1/datasets/${deletedId}/`)
    expect(gone.status).toBe(410)
    expect(gone.body).toEqual({ message: 'Dataset has been deleted' })
    expect((await call(sb, 'GET', `/api/1/datasets/${deletedId}/`, { key })).status).toBe(200)
  })

  it('v2 with X-Get-Datasets-Full-Objects (even "false") returns license/frequency objects', async () => {
    const sb = small()
    const ds = await firstPublic(sb)
    const plain = obj((await call(sb, 'GET', `/api/2/datasets/${String(ds.id)}/`)).body)
    expect(typeof plain.license).toBe('string')
    const full = obj(
      (
        await call(sb, 'GET', `/api/2/datasets/${String(ds.id)}/?lang=en`, {
          headers: { 'X-Get-Datasets-Full-Objects': 'false' },
        })
      ).body,
    )
    expect(obj(full.license)).toHaveProperty('title')
    expect(obj(full.frequency)).toHaveProperty('label')
  })

  it('POST: default is PUBLIC (private false), 201, activity recorded', async () => {
    const sb = small()
    const key = keyOf(sb, 'editor')
    const res = await call(sb, 'POST', '/api/1/datasets/', {
      key,
      json: { title: 'Nouveau jeu', description: 'Desc', organization: orgOf(sb) },
    })
    expect(res.status).toBe(201)
    const ds = obj(res.body)
    expect(ds.private).toBe(false)
    expect(obj(ds.organization).id).toBe(orgOf(sb))
    expect(ds.slug).toBe('nouveau-jeu')
    const act = page(
      (await call(sb, 'GET', `/api/1/activity/?related_to=${String(ds.id)}`, { key })).body,
    )
    expect(act.data[0]).toMatchObject({ key: 'dataset:created', related_to_id: ds.id })
  })

  it('POST into an organization you are not a member of → 400 WTForms shape', async () => {
    const sb = small()
    const res = await call(sb, 'POST', '/api/1/datasets/?lang=en', {
      key: keyOf(sb, 'no-organization'),
      json: { title: 'x', description: 'y', organization: orgOf(sb) },
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      errors: { organization: ['Permission denied for this organization'] },
    })
  })

  it('POST: required fields in WTForms shape, translated with ?lang', async () => {
    const sb = small()
    const key = keyOf(sb, 'editor')
    const en = await call(sb, 'POST', '/api/1/datasets/?lang=en', { key, json: {} })
    expect(en.body).toEqual({
      errors: { title: ['This field is required.'], description: ['This field is required.'] },
    })
    const fr = await call(sb, 'POST', '/api/1/datasets/?lang=fr', {
      key,
      json: { title: '', description: 'ok' },
    })
    expect(fr.body).toEqual({ errors: { title: ['Ce champ est obligatoire.'] } })
  })

  it('PUT keeps absent keys except tags (→ []) and temporal_coverage (→ null)', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const created = obj(
      (
        await call(sb, 'POST', '/api/1/datasets/', {
          key,
          json: {
            title: 'Quirk',
            description: 'D',
            organization: orgOf(sb),
            tags: ['alpha', 'beta'],
            temporal_coverage: { start: '2020-01-01', end: '2020-12-31' },
            license: 'lov2',
            frequency: 'monthly',
            private: true,
          },
        })
      ).body,
    )
    const id = String(created.id)
    expect(created.tags).toEqual(['alpha', 'beta'])
    const res = obj(
      (
        await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
          key,
          json: { description: 'Nouvelle description' },
        })
      ).body,
    )
    expect(res.description).toBe('Nouvelle description')
    expect(res.title).toBe('Quirk')
    expect(res.license).toBe('lov2')
    expect(res.frequency).toBe('monthly')
    expect(res.private).toBe(true)
    expect(res.tags).toEqual([])
    expect(res.temporal_coverage).toBeNull()
  })

  it('PUT: unknown license silently cleared, private null → false, bad frequency plain 400', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const ds = await firstPublic(sb)
    const id = String(ds.id)
    const res = obj(
      (
        await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
          key,
          json: { license: 'not-a-license', private: null },
        })
      ).body,
    )
    expect(res.license).toBe('notspecified')
    expect(res.private).toBe(false)
    const bad = await call(sb, 'PUT', `/api/1/datasets/${id}/`, { key, json: { frequency: 'foo' } })
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({ message: "'foo' is not a valid UpdateFrequency" })
  })

  it('tags are slugified, lowercased, de-duplicated and sorted; bad length → WTForms error', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = String((await firstPublic(sb)).id)
    const res = obj(
      (
        await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
          key,
          json: { tags: ['Open Data', 'open-data', 'Zèbre', 'Énergie'] },
        })
      ).body,
    )
    expect(res.tags).toEqual(['energie', 'open-data', 'zebre'])
    const bad = await call(sb, 'PUT', `/api/1/datasets/${id}/?lang=en`, {
      key,
      json: { tags: ['ab'] },
    })
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({
      errors: { tags: ['Tag "ab" must be between 3 and 96 characters long.'] },
    })
  })

  it('contact_points: [] keeps them, null removes them, foreign ids → 400', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const contacts = page(
      (await call(sb, 'GET', `/api/1/organizations/${orgOf(sb)}/contacts/`)).body,
    )
    const cp = String(contacts.data[0]?.id)
    const id = String((await firstPublic(sb)).id)
    let res = obj(
      (await call(sb, 'PUT', `/api/1/datasets/${id}/`, { key, json: { contact_points: [cp] } }))
        .body,
    )
    expect(arr(res.contact_points)).toHaveLength(1)
    res = obj(
      (await call(sb, 'PUT', `/api/1/datasets/${id}/`, { key, json: { contact_points: [] } })).body,
    )
    expect(arr(res.contact_points)).toHaveLength(1)
    res = obj(
      (await call(sb, 'PUT', `/api/1/datasets/${id}/`, { key, json: { contact_points: null } }))
        .body,
    )
    expect(arr(res.contact_points)).toHaveLength(0)
    const other = await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
      key,
      json: { contact_points: ['000000000000000000000000'] },
    })
    expect(other.body).toEqual({
      errors: { contact_points: ['Wrong contact point id or contact point ownership mismatch'] },
    })
  })

  it('resources in a dataset PUT replace the list', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = String((await firstPublic(sb)).id)
    const before = arr(obj((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body).resources)
    const keep = obj(before[0])
    const res = obj(
      (
        await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
          key,
          json: { resources: [{ id: keep.id, title: 'Seule restante' }] },
        })
      ).body,
    )
    expect(arr(res.resources)).toHaveLength(1)
    expect(obj(arr(res.resources)[0])).toMatchObject({ id: keep.id, title: 'Seule restante' })
  })

  it('slug follows the title and the old slug 308-redirects (method kept)', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const ds = await firstPublic(sb)
    const oldSlug = String(ds.slug)
    await call(sb, 'PUT', `/api/1/datasets/${String(ds.id)}/`, {
      key,
      json: { title: 'Titre entièrement nouveau' },
    })
    const res = await call(sb, 'GET', `/api/1/datasets/${oldSlug}/?x=1`)
    expect(res.status).toBe(308)
    expect(res.headers.get('Location')).toBe(
      `${ORIGIN}/api/1/datasets/titre-entierement-nouveau/?x=1`,
    )
  })

  it('last_modified strictly increases on every write, even within one millisecond', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = String((await firstPublic(sb)).id)
    const stamps: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = obj(
        (await call(sb, 'PUT', `/api/1/datasets/${id}/`, { key, json: { description: `v${i}` } }))
          .body,
      )
      stamps.push(String(res.last_modified))
    }
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true)
  })

  it('DELETE is soft (204, then 410), PUT on deleted → 410 unless deleted: null restores', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = String((await firstPublic(sb)).id)
    expect((await call(sb, 'DELETE', `/api/1/datasets/${id}/`, { key })).status).toBe(204)
    expect((await call(sb, 'DELETE', `/api/1/datasets/${id}/`, { key })).status).toBe(410)
    expect(
      (await call(sb, 'PUT', `/api/1/datasets/${id}/`, { key, json: { title: 'x' } })).status,
    ).toBe(410)
    const restored = await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
      key,
      json: { deleted: null },
    })
    expect(restored.status).toBe(200)
    expect(obj(restored.body).deleted).toBeNull()
  })

  it('archive with a datetime, unarchive with null', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = String((await firstPublic(sb)).id)
    const archived = obj(
      (
        await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
          key,
          json: { archived: '2026-01-02T03:04:05Z' },
        })
      ).body,
    )
    expect(archived.archived).toBe('2026-01-02T03:04:05.000000+00:00')
    expect(
      page(
        (await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&page_size=500`)).body,
      ).data.some((d) => d.id === id),
    ).toBe(false)
    expect((await call(sb, 'GET', `/api/1/datasets/${id}/`)).status).toBe(200)
    const back = obj(
      (await call(sb, 'PUT', `/api/1/datasets/${id}/`, { key, json: { archived: null } })).body,
    )
    expect(back.archived).toBeNull()
  })

  it('permissions: editor edits, outsider gets 403 with the message, partial editor only on assignments', async () => {
    const sb = small()
    const id = String((await firstPublic(sb)).id)
    const forbidden = await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
      key: keyOf(sb, 'other-org-member'),
      json: { title: 'x' },
    })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body).toEqual({
      message: 'You do not have the permission to modify that object.',
    })
    expect(
      (
        await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
          key: keyOf(sb, 'editor'),
          json: { title: 'ok' },
        })
      ).status,
    ).toBe(200)
    const partial = keyOf(sb, 'partial-editor')
    const list = page(
      (
        await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&page_size=500`, {
          key: partial,
        })
      ).body,
    )
    const assigned = list.data.filter((d) => obj(d.permissions).edit === true)
    expect(assigned.length).toBeGreaterThanOrEqual(3)
    expect(assigned.length).toBeLessThan(10)
    const notAssigned = list.data.find((d) => obj(d.permissions).edit === false && !d.deleted)
    expect(
      (
        await call(sb, 'PUT', `/api/1/datasets/${String(notAssigned?.id)}/`, {
          key: partial,
          json: { title: 'x' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await call(sb, 'PUT', `/api/1/datasets/${String(assigned[0]?.id)}/`, {
          key: partial,
          json: { title: 'ok' },
        })
      ).status,
    ).toBe(200)
  })

  it('v2 extras: merge with null removal, delete keys', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = String((await firstPublic(sb)).id)
    const put = await call(sb, 'PUT', `/api/2/datasets/${id}/extras/`, {
      key,
      json: { a: 1, b: 'x' },
    })
    expect(obj(put.body)).toMatchObject({ a: 1, b: 'x' })
    const merged = await call(sb, 'PUT', `/api/2/datasets/${id}/extras/`, {
      key,
      json: { a: null, c: true },
    })
    expect(obj(merged.body)).not.toHaveProperty('a')
    expect(obj(merged.body)).toMatchObject({ b: 'x', c: true })
    expect(
      (await call(sb, 'DELETE', `/api/2/datasets/${id}/extras/`, { key, json: ['b'] })).status,
    ).toBe(204)
    expect(
      (await call(sb, 'DELETE', `/api/2/datasets/${id}/extras/`, { key, json: ['zz'] })).status,
    ).toBe(404)
    expect(obj((await call(sb, 'GET', `/api/2/datasets/${id}/extras/`)).body)).not.toHaveProperty(
      'b',
    )
  })
})
