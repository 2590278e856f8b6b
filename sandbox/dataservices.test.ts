// Dataservices (udata/core/dataservices/api.py): visibility without status filters, no default
// sort, PATCH (PUT 405) as a true partial update, soft delete / restore, linked datasets read
// as a link and replaced whole, access audiences cleared unless restricted, notifications,
// partial editors, discussions on dataservices.
import { describe, expect, it } from 'vitest'
import { arr, call, keyOf, obj, orgOf, page, small } from './test-client.ts'
import type { Sandbox } from './app.ts'

async function orgDatasets(sb: Sandbox, key: string, org: string, count: number) {
  const res = await call(sb, 'GET', `/api/1/datasets/?organization=${org}&page_size=${count}`, {
    key,
  })
  return page(res.body).data.map((d) => String(d.id))
}

async function create(sb: Sandbox, key: string, body: Record<string, unknown>) {
  const res = await call(sb, 'POST', '/api/1/dataservices/', { key, json: body })
  expect(res.status, res.text).toBe(201)
  return obj(res.body)
}

async function listAll(sb: Sandbox, query: string, key?: string) {
  const res = await call(sb, 'GET', `/api/1/dataservices/?page_size=100&${query}`, { key })
  expect(res.status, res.text).toBe(200)
  return page(res.body)
}

describe('dataservices list', () => {
  it('shows members their private, archived and deleted ones; others only the public', async () => {
    const sb = small()
    const org = orgOf(sb)
    const mine = await listAll(sb, `organization=${org}`, keyOf(sb, 'admin'))
    expect(mine.total).toBeGreaterThanOrEqual(12)
    expect(mine.data.some((d) => d.private === true)).toBe(true)
    expect(mine.data.some((d) => d.archived_at !== null)).toBe(true)
    expect(mine.data.some((d) => d.deleted_at !== null)).toBe(true)
    const anonymous = await listAll(sb, `organization=${org}`)
    expect(anonymous.total).toBe(
      mine.data.filter((d) => !d.private && !d.archived_at && !d.deleted_at).length,
    )
    const outsider = await listAll(sb, `organization=${org}`, keyOf(sb, 'no-organization'))
    expect(outsider.total).toBe(anonymous.total)
    // a partial editor reads all of the organization's, not only assigned ones
    const partial = await listAll(sb, `organization=${org}`, keyOf(sb, 'partial-editor'))
    expect(partial.total).toBe(mine.total)
  })

  it('has no status filters, checks ObjectIds, filters and sorts; no sort = natural order', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const org = orgOf(sb)
    // unknown arguments are ignored: `deleted=false` still lists the deleted ones
    const withDeleted = await listAll(sb, `organization=${org}&deleted=false`, key)
    expect(withDeleted.data.some((d) => d.deleted_at !== null)).toBe(true)
    const bad = await call(sb, 'GET', '/api/1/dataservices/?organization=nope')
    expect(bad.status).toBe(400)
    expect(obj(bad.body).message).toBe('`organization` must be an identifier')
    const natural = await listAll(sb, `organization=${org}`, key)
    const created = natural.data.map((d) => String(d.created_at))
    // the seed inserts them in spec order, not by date: natural order is not a date order
    expect(created).not.toEqual([...created].sort())
    const byTitle = await listAll(sb, `organization=${org}&sort=title`, key)
    const titles = byTitle.data.map((d) => String(d.title))
    expect(titles).toEqual([...titles].sort())
    const restricted = await listAll(sb, `organization=${org}&access_type=restricted`, key)
    expect(restricted.total).toBeGreaterThan(0)
    expect(restricted.data.every((d) => d.access_type === 'restricted')).toBe(true)
    const q = await listAll(sb, 'q=geori', key)
    expect(q.data.map((d) => d.title)).toContain('API Géorisques')
    const tagged = await listAll(sb, `organization=${org}&tag=api`, key)
    expect(tagged.data.every((d) => arr(d.tags).includes('api'))).toBe(true)
    const bySort = await call(sb, 'GET', '/api/1/dataservices/?sort=nope')
    expect(bySort.status).toBe(400)
  })

  it('reads one: 404 when private, 410 when deleted, for outsiders only', async () => {
    const sb = small()
    const admin = keyOf(sb, 'admin')
    const all = await listAll(sb, `organization=${orgOf(sb)}`, admin)
    const draft = all.data.find((d) => d.private === true)
    const deleted = all.data.find((d) => d.deleted_at !== null)
    expect((await call(sb, 'GET', `/api/1/dataservices/${String(draft?.id)}/`)).status).toBe(404)
    const gone = await call(sb, 'GET', `/api/1/dataservices/${String(deleted?.id)}/`)
    expect(gone.status).toBe(410)
    expect(obj(gone.body).message).toBe('Dataservice has been deleted')
    const own = await call(sb, 'GET', `/api/1/dataservices/${String(deleted?.id)}/`, {
      key: admin,
    })
    expect(own.status).toBe(200)
    const d = obj(own.body)
    expect(String(d.self_api_url)).toContain(`/api/1/dataservices/${String(d.slug)}/`)
    expect(String(d.self_web_url)).toContain(`/fr/dataservices/${String(d.slug)}/`)
    expect(d).not.toHaveProperty('uri')
    expect(obj(d.permissions)).toEqual({ delete: true, edit: true })
    expect(obj(d.metrics)).toHaveProperty('discussions')
  })
})

describe('dataservice writes', () => {
  it('creates (201) in an org, checks the org, links datasets and notifies their admins', async () => {
    const sb = small()
    const key = keyOf(sb, 'editor')
    const org = orgOf(sb)
    const [a, b] = await orgDatasets(sb, key, org, 2)
    const denied = await call(sb, 'POST', '/api/1/dataservices/', {
      key: keyOf(sb, 'no-organization'),
      json: { title: 'x', organization: org },
    })
    expect(denied.status).toBe(400)
    expect(obj(obj(denied.body).errors).organization).toBe(
      'Permission denied for this organization',
    )
    const missing = await call(sb, 'POST', '/api/1/dataservices/', { key, json: { title: '' } })
    expect(obj(obj(missing.body).errors).title).toBe('Field is required')
    const d = await create(sb, key, {
      title: 'Nouvelle API',
      organization: org,
      datasets: [a, { id: b }],
    })
    expect(obj(d.organization).id).toBe(org)
    expect(obj(d.datasets)).toMatchObject({ rel: 'subsection', type: 'GET', total: 2 })
    expect(String(obj(d.datasets).href)).toContain(`/datasets/?dataservice=${String(d.id)}`)
    const notes = page(
      (
        await call(sb, 'GET', '/api/1/notifications/?handled=false&page_size=50', {
          key: keyOf(sb, 'admin'),
        })
      ).body,
    ).data.filter((n) => obj(n.details).class === 'DataserviceCreatedNotificationDetails')
    expect(notes.map((n) => obj(obj(n.details).dataservice).id)).toContain(d.id)
    expect(obj(obj(notes[0]?.details).dataset)).toHaveProperty('title')
    const personal = await create(sb, keyOf(sb, 'no-organization'), { title: 'Perso' })
    expect(personal.organization).toBeNull()
    expect(obj(personal.owner).id).toBeTruthy()
    const org2 = await call(sb, 'GET', `/api/1/organizations/${org}/`)
    expect(obj(obj(org2.body).metrics).dataservices).toBeGreaterThan(0)
  })

  it('updates with PATCH only (PUT 405), partially, validating each field', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const d = await create(sb, key, {
      title: 'API partielle',
      organization: orgOf(sb),
      description: 'Texte',
      base_api_url: 'https://api.example.org/',
    })
    const path = `/api/1/dataservices/${String(d.id)}/`
    const put = await call(sb, 'PUT', path, { key, json: { title: 'x' } })
    expect(put.status).toBe(405)
    const patched = await call(sb, 'PATCH', path, { key, json: { acronym: 'AP' } })
    expect(patched.status).toBe(200)
    const after = obj(patched.body)
    expect(after).toMatchObject({
      acronym: 'AP',
      title: 'API partielle',
      description: 'Texte',
      base_api_url: 'https://api.example.org/',
    })
    expect(String(after.metadata_modified_at) > String(d.metadata_modified_at)).toBe(true)
    const errors = async (body: Record<string, unknown>) =>
      obj(obj((await call(sb, 'PATCH', path, { key, json: body })).body).errors)
    expect(await errors({ availability: 101 })).toHaveProperty('availability')
    expect(await errors({ availability: -1 })).toHaveProperty('availability')
    expect(await errors({ format: 'SOAP' })).toHaveProperty('format')
    expect((await errors({ license: 'nope' })).license).toBe("Unknown reference 'nope'")
    expect((await errors({ contact_points: ['0123456789abcdef01234567'] })).contact_points).toBe(
      "Unknown reference '0123456789abcdef01234567'",
    )
    expect(await errors({ base_api_url: 'not a url' })).toHaveProperty('base_api_url')
    expect(
      (
        await errors({
          access_type: 'restricted',
          access_audiences: [
            { role: 'private', condition: 'yes' },
            { role: 'private', condition: 'no' },
          ],
        })
      ).access_audiences,
    ).toBe('You can only set one condition for a given access audience role')
    const ok = await call(sb, 'PATCH', path, {
      key,
      json: { availability: 99.9, format: 'WMS', license: 'lov2', tags: ['Temps Réel', 'api'] },
    })
    expect(obj(ok.body)).toMatchObject({
      availability: 99.9,
      format: 'WMS',
      license: 'lov2',
      tags: ['api', 'temps-reel'],
    })
    // the organization cannot move after creation
    const moved = await errors({ organization: orgOf(sb, 'other-org-member') })
    expect(moved.organization).toBe('Cannot modify organization after creation')
  })

  it('keeps access audiences only while the access type is restricted', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const audiences = [{ role: 'company_and_association', condition: 'under_condition' }]
    const open = await create(sb, key, {
      title: 'API ouverte',
      organization: orgOf(sb),
      access_audiences: audiences,
    })
    expect(open.access_audiences).toEqual([])
    const path = `/api/1/dataservices/${String(open.id)}/`
    const restricted = await call(sb, 'PATCH', path, {
      key,
      json: { access_type: 'restricted', access_audiences: audiences },
    })
    expect(obj(restricted.body).access_audiences).toEqual(audiences)
    // any later save with another access type clears them
    const reopened = await call(sb, 'PATCH', path, {
      key,
      json: { access_type: 'open_with_account' },
    })
    expect(obj(reopened.body).access_audiences).toEqual([])
    const categories = await call(sb, 'GET', '/api/1/access_type/reason_categories/')
    expect(arr(categories.body).map((c) => obj(c).value)).toContain('protection_of_environment')
  })

  it('archives, soft-deletes (410 twice), refuses PATCH when deleted unless restoring', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const d = await create(sb, key, { title: 'API cycle', organization: orgOf(sb) })
    const path = `/api/1/dataservices/${String(d.id)}/`
    const archived = await call(sb, 'PATCH', path, {
      key,
      json: { archived_at: '2026-10-01T10:00:00+00:00' },
    })
    expect(obj(archived.body).archived_at).toBeTruthy()
    const unarchived = await call(sb, 'PATCH', path, { key, json: { archived_at: null } })
    expect(obj(unarchived.body).archived_at).toBeNull()
    expect((await call(sb, 'DELETE', path, { key })).status).toBe(204)
    expect((await call(sb, 'DELETE', path, { key })).status).toBe(410)
    const refused = await call(sb, 'PATCH', path, { key, json: { title: 'x' } })
    expect(refused.status).toBe(410)
    expect(obj(refused.body).message).toBe('dataservice has been deleted')
    const restored = await call(sb, 'PATCH', path, { key, json: { deleted_at: null } })
    expect(restored.status).toBe(200)
    expect(obj(restored.body).deleted_at).toBeNull()
    expect(
      (await call(sb, 'PATCH', path, { key: keyOf(sb, 'no-organization'), json: { title: 'x' } }))
        .status,
    ).toBe(403)
    expect((await call(sb, 'DELETE', path)).status).toBe(401)
  })
})

describe('linked datasets', () => {
  it('PATCH replaces the whole list; POST appends (201); DELETE removes one', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const org = orgOf(sb)
    const [a, b, c, e] = await orgDatasets(sb, key, org, 4)
    const d = await create(sb, key, { title: 'API liée', organization: org, datasets: [a, b] })
    const path = `/api/1/dataservices/${String(d.id)}/`
    const linked = async () =>
      page(
        (
          await call(sb, 'GET', `/api/2/datasets/?dataservice=${String(d.id)}&page_size=50`, {
            key,
          })
        ).body,
      ).data.map((x) => String(x.id))
    expect((await linked()).sort()).toEqual([a, b].sort())
    // a partial list truncates: the list is replaced, not merged
    await call(sb, 'PATCH', path, { key, json: { datasets: [c] } })
    expect(await linked()).toEqual([c])
    const unknown = await call(sb, 'PATCH', path, {
      key,
      json: { datasets: ['0123456789abcdef01234567'] },
    })
    expect(obj(obj(unknown.body).errors).datasets).toBe(
      "Unknown reference '0123456789abcdef01234567'",
    )
    const added = await call(sb, 'POST', `${path}datasets/`, {
      key,
      json: [{ id: e }, { id: c }, { id: '0123456789abcdef01234567' }],
    })
    expect(added.status).toBe(201)
    expect(obj(obj(added.body).datasets).total).toBe(2)
    for (const [body, message] of [
      [{ id: e }, 'Expecting a list'],
      [[e], 'Expecting a list of dicts with id attribute'],
      [[{ id: 'bad' }], 'Malformed object id(s) in request'],
    ] as const) {
      const res = await call(sb, 'POST', `${path}datasets/`, { key, json: body })
      expect(res.status).toBe(400)
      expect(obj(res.body).message).toBe(message)
    }
    expect((await call(sb, 'DELETE', `${path}datasets/${String(c)}/`, { key })).status).toBe(204)
    const again = await call(sb, 'DELETE', `${path}datasets/${String(c)}/`, { key })
    expect(again.status).toBe(404)
    expect(obj(again.body).message).toBe('Dataset not found in dataservice')
    expect(await linked()).toEqual([e])
    const dataset = obj((await call(sb, 'GET', `/api/1/datasets/${String(e)}/`)).body)
    expect(obj(dataset.metrics).dataservices).toBe(1)
  })

  it('seeds one API with more than a page of linked datasets', async () => {
    const sb = small()
    const all = await listAll(sb, `organization=${orgOf(sb)}`, keyOf(sb, 'admin'))
    const big = all.data.find((d) => Number(obj(d.datasets).total) > 20)
    expect(big).toBeDefined()
    const first = page(
      (await call(sb, 'GET', `/api/2/datasets/?dataservice=${String(big?.id)}`)).body,
    )
    expect(first.data).toHaveLength(20)
    expect(first.next_page).not.toBeNull()
  })
})

describe('partial editors, discussions, reuses', () => {
  it('a partial editor edits what they created (auto-assigned), not the others', async () => {
    const sb = small()
    const key = keyOf(sb, 'partial-editor')
    const org = orgOf(sb)
    const all = await listAll(sb, `organization=${org}`, key)
    const other = all.data.find((d) => !d.deleted_at)
    expect(obj(other?.permissions).edit).toBe(false)
    const denied = await call(sb, 'PATCH', `/api/1/dataservices/${String(other?.id)}/`, {
      key,
      json: { title: 'x' },
    })
    expect(denied.status).toBe(403)
    const mine = await create(sb, key, { title: 'API de l’éditeur partiel', organization: org })
    expect(obj(mine.permissions).edit).toBe(true)
    const ok = await call(sb, 'PATCH', `/api/1/dataservices/${String(mine.id)}/`, {
      key,
      json: { title: 'API renommée' },
    })
    expect(ok.status).toBe(200)
  })

  it('takes discussions on a dataservice and lists them with the organization’s', async () => {
    const sb = small()
    const key = keyOf(sb, 'no-organization')
    const org = orgOf(sb)
    const d = (await listAll(sb, `organization=${org}&sort=title`)).data[0]
    const started = await call(sb, 'POST', '/api/1/discussions/', {
      key,
      json: { title: 'Question', comment: 'Bonjour', subject: { class: 'Dataservice', id: d?.id } },
    })
    expect(started.status, started.text).toBe(201)
    expect(obj(started.body).subject).toEqual({ class: 'Dataservice', id: d?.id })
    expect(String(obj(started.body).self_web_url)).toContain('/fr/dataservices/')
    const forIt = page((await call(sb, 'GET', `/api/1/discussions/?for=${String(d?.id)}`)).body)
    expect(forIt.total).toBeGreaterThan(0)
    const ofOrg = page(
      (await call(sb, 'GET', `/api/1/discussions/?org=${org}&page_size=100&sort=-created`)).body,
    )
    expect(ofOrg.data.some((x) => obj(x.subject).class === 'Dataservice')).toBe(true)
    const after = obj((await call(sb, 'GET', `/api/1/dataservices/${String(d?.id)}/`)).body)
    expect(obj(after.metrics).discussions).toBeGreaterThan(0)
  })

  it('links reuses to dataservices (`dataservices` field, `dataservice` filter, metrics)', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const org = orgOf(sb)
    const d = await create(sb, key, { title: 'API réutilisée', organization: org })
    const reuse = await call(sb, 'POST', '/api/1/reuses/', {
      key,
      json: {
        title: 'Carte de l’API',
        description: 'Une carte',
        url: 'https://example.org/carte-api',
        type: 'application',
        topic: 'others',
        organization: org,
        dataservices: [d.id],
      },
    })
    expect(reuse.status, reuse.text).toBe(201)
    expect(arr(obj(reuse.body).dataservices).map((x) => obj(x).id)).toEqual([d.id])
    const filtered = page(
      (await call(sb, 'GET', `/api/1/reuses/?dataservice=${String(d.id)}`, { key })).body,
    )
    expect(filtered.data.map((r) => r.id)).toEqual([obj(reuse.body).id])
    const after = obj((await call(sb, 'GET', `/api/1/dataservices/${String(d.id)}/`)).body)
    expect(obj(after.metrics).reuses).toBe(1)
    // `POST /reuses/{reuse}/dataservices/` appends one (201), once (200 when already there)
    const other = await create(sb, key, { title: 'Autre API', organization: org })
    const path = `/api/1/reuses/${String(obj(reuse.body).id)}/dataservices/`
    const added = await call(sb, 'POST', path, { key, json: { id: other.id } })
    expect(added.status).toBe(201)
    expect(arr(obj(added.body).dataservices)).toHaveLength(2)
    expect((await call(sb, 'POST', path, { key, json: { id: other.id } })).status).toBe(200)
  })
})
