// udata's dataset dates on writes (udata-api-admin.md §6.4): harvested datasets freeze last_modified.
import { describe, expect, it } from 'vitest'
import { call, keyOf, obj, orgOf, page, small } from './test-client.ts'

type Sb = ReturnType<typeof small>

async function firstOf(sb: Sb, harvested: boolean): Promise<Record<string, unknown>> {
  const list = page(
    (await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&page_size=100`)).body,
  )
  const ds = list.data.find(
    (d) => !d.private && !d.deleted && !d.archived && (d.harvest !== null) === harvested,
  )
  if (!ds) throw new Error(`no ${harvested ? 'harvested' : 'plain'} dataset`)
  return ds
}

function dates(body: unknown) {
  const ds = obj(body)
  const internal = obj(ds.internal)
  return {
    last_modified: String(ds.last_modified),
    internal: String(internal.last_modified_internal),
    created_internal: String(internal.created_at_internal),
  }
}

describe('dataset dates', () => {
  it('every dataset carries internal {created_at_internal, last_modified_internal} in v1 and v2', async () => {
    const sb = small()
    const ds = await firstOf(sb, false)
    for (const version of [1, 2]) {
      const got = dates((await call(sb, 'GET', `/api/${version}/datasets/${String(ds.id)}/`)).body)
      expect(got.internal).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(got.created_internal).toMatch(/^\d{4}-\d\d-\d\dT/)
    }
  })

  it('a PUT on a plain dataset bumps last_modified and last_modified_internal together', async () => {
    const sb = small()
    const ds = await firstOf(sb, false)
    const before = dates((await call(sb, 'GET', `/api/1/datasets/${String(ds.id)}/`)).body)
    const res = await call(sb, 'PUT', `/api/1/datasets/${String(ds.id)}/`, {
      key: keyOf(sb, 'admin'),
      json: { description: 'Nouvelle description' },
    })
    const after = dates(res.body)
    expect(after.internal > before.internal).toBe(true)
    expect(after.last_modified).toBe(after.internal)
  })

  it('a PUT by another client on a harvested dataset leaves last_modified at harvest.modified_at, bumps internal', async () => {
    const sb = small()
    const ds = await firstOf(sb, true)
    const id = String(ds.id)
    const before = dates((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    expect(before.last_modified).toBe(String(obj(ds.harvest).modified_at))
    const res = await call(sb, 'PUT', `/api/1/datasets/${id}/`, {
      key: keyOf(sb, 'editor'),
      json: { description: 'Modifiée par un autre client' },
    })
    expect(res.status).toBe(200)
    const after = dates((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    expect(obj((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body).description).toBe(
      'Modifiée par un autre client',
    )
    expect(after.last_modified).toBe(before.last_modified)
    expect(after.internal > before.internal).toBe(true)
  })

  it('a resource added to a harvested dataset bumps internal only', async () => {
    const sb = small()
    const ds = await firstOf(sb, true)
    const id = String(ds.id)
    const before = dates((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    const res = await call(sb, 'POST', `/api/1/datasets/${id}/resources/`, {
      key: keyOf(sb, 'admin'),
      json: { title: 'Lien', url: 'https://example.org/a.csv', filetype: 'remote', type: 'main' },
    })
    expect(res.status).toBe(201)
    const after = dates((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    expect(after.last_modified).toBe(before.last_modified)
    expect(after.internal > before.internal).toBe(true)
  })
})

describe('extras writes (how Hydra reports)', () => {
  it('move no date of the dataset, through dataset or resource extras', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const ds = await firstOf(sb, false)
    const id = String(ds.id)
    const before = dates((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    const put = await call(sb, 'PUT', `/api/2/datasets/${id}/extras/`, {
      key,
      json: { 'analysis:x': 1 },
    })
    expect(put.status).toBe(200)
    const resources = page((await call(sb, 'GET', `/api/2/datasets/${id}/resources/`)).body)
    const rid = String(resources.data[0]?.id)
    const check = await call(sb, 'PUT', `/api/2/datasets/${id}/resources/${rid}/extras/`, {
      key,
      json: { 'check:available': true },
    })
    expect(check.status).toBe(200)
    const after = dates((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    expect(after).toEqual(before)
    expect(obj((await call(sb, 'GET', `/api/2/datasets/${id}/extras/`)).body)).toMatchObject({
      'analysis:x': 1,
    })
  })
})
