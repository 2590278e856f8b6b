// Cross-cutting HTTP behaviour: auth 401s, CORS, 308 slashes, masks, lang, bad input, crashes.
import { describe, expect, it } from 'vitest'
import { arr, call, getList, keyOf, obj, orgOf, page, small } from './test-client.ts'

describe('authentication', () => {
  it('an invalid, expired or revoked key is 401 even on public GETs, with the exact message', async () => {
    const sb = small()
    const invalid = await call(sb, 'GET', '/api/1/datasets/licenses/', { key: 'udata_nope' })
    expect(invalid.status).toBe(401)
    expect(invalid.body).toEqual({ message: 'Invalid API token' })
    expect((await call(sb, 'GET', '/api/2/datasets/', { key: keyOf(sb, 'expired') })).body).toEqual(
      { message: 'Expired API token' },
    )
    expect((await call(sb, 'GET', '/api/2/datasets/', { key: keyOf(sb, 'revoked') })).body).toEqual(
      { message: 'Revoked API token' },
    )
  })

  it('/me/ requires credentials and lists organizations with permissions', async () => {
    const sb = small()
    const anon = await call(sb, 'GET', '/api/1/me/')
    expect(anon.status).toBe(401)
    expect(anon.headers.get('WWW-Authenticate')).toBe('Bearer realm="uData"')
    const me = obj((await call(sb, 'GET', '/api/1/me/', { key: keyOf(sb, 'admin') })).body)
    const orgs = arr(me.organizations).map(obj)
    expect(orgs[0]).toMatchObject({
      id: orgOf(sb),
      permissions: { edit: true, members: true, private: true },
    })
    const editor = obj((await call(sb, 'GET', '/api/1/me/', { key: keyOf(sb, 'editor') })).body)
    expect(obj(arr(editor.organizations)[0]).permissions).toMatchObject({
      edit: false,
      members: false,
      private: true,
    })
    const loner = obj(
      (await call(sb, 'GET', '/api/1/me/', { key: keyOf(sb, 'no-organization') })).body,
    )
    expect(loner.organizations).toEqual([])
  })

  it('organization get lists members with roles and labels; roles endpoint', async () => {
    const sb = small()
    const org = obj((await call(sb, 'GET', `/api/1/organizations/${orgOf(sb)}/?lang=en`)).body)
    const roles = arr(org.members).map((m) => obj(m).role)
    expect(roles).toEqual(expect.arrayContaining(['admin', 'editor', 'partial_editor']))
    expect(await getList(sb, '/api/1/organizations/roles/')).toHaveLength(3)
    const assignments = await call(sb, 'GET', `/api/1/organizations/${orgOf(sb)}/assignments/`, {
      key: keyOf(sb, 'admin'),
    })
    expect(arr(assignments.body).length).toBeGreaterThanOrEqual(6)
    expect(
      (
        await call(sb, 'GET', `/api/1/organizations/${orgOf(sb)}/assignments/`, {
          key: keyOf(sb, 'editor'),
        })
      ).status,
    ).toBe(403)
  })
})

describe('CORS', () => {
  it('pre-flight is answered 204 before routing, echoing method and headers', async () => {
    const sb = small()
    const res = await sb.fetch(
      new Request('http://127.0.0.1:3001/api/1/datasets/unknown-thing/', {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:5173',
          'Access-Control-Request-Method': 'PUT',
          'Access-Control-Request-Headers': 'x-api-key,content-type,x-fields',
        },
      }),
    )
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('PUT')
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe('x-api-key,content-type,x-fields')
  })

  it('every answer (errors included) carries Access-Control-Allow-Origin: * and no credentials', async () => {
    const sb = small()
    for (const path of ['/api/1/datasets/', '/api/1/nope/', '/api/1/me/']) {
      const res = await call(sb, 'GET', path, { headers: { Origin: 'https://evil.example' } })
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
      expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
    }
  })
})

describe('routing', () => {
  it('a missing trailing slash answers 308 to the slashed URL (query kept)', async () => {
    const sb = small()
    const res = await call(sb, 'GET', '/api/2/datasets?page=2')
    expect(res.status).toBe(308)
    expect(res.headers.get('Location')).toBe('http://127.0.0.1:3001/api/2/datasets/?page=2')
  })

  it('unknown routes are 404 and wrong methods 405 with udata messages', async () => {
    const sb = small()
    expect((await call(sb, 'GET', '/api/1/nothing/')).status).toBe(404)
    const patch = await call(sb, 'PATCH', `/api/1/datasets/${orgOf(sb)}/`, { json: {} })
    expect(patch.status).toBe(405)
    expect(patch.body).toEqual({ message: 'The method is not allowed for the requested URL.' })
  })
})

describe('X-Fields masks and lang', () => {
  it('supports nested masks like data{id,title},total', async () => {
    const sb = small()
    const res = await call(sb, 'GET', `/api/2/datasets/?page_size=2&organization=${orgOf(sb)}`, {
      headers: { 'X-Fields': 'data{id,title,organization{name}},total,next_page' },
    })
    const body = obj(res.body)
    expect(Object.keys(body).sort()).toEqual(['data', 'next_page', 'total'])
    const first = obj(arr(body.data)[0])
    expect(Object.keys(first).sort()).toEqual(['id', 'organization', 'title'])
    expect(Object.keys(obj(first.organization))).toEqual(['name'])
    const star = obj(
      (
        await call(sb, 'GET', `/api/1/organizations/${orgOf(sb)}/`, {
          headers: { 'X-Fields': '*,members{role}' },
        })
      ).body,
    )
    expect(star).toHaveProperty('metrics')
    expect(Object.keys(obj(arr(star.members)[0]))).toEqual(['role'])
    expect(
      (await call(sb, 'GET', '/api/2/datasets/', { headers: { 'X-Fields': 'data{id' } })).status,
    ).toBe(400)
  })

  it('labels follow ?lang (French by default)', async () => {
    const sb = small()
    const fr = await getList(sb, '/api/1/datasets/frequencies/')
    expect(fr.find((f) => f.id === 'monthly')?.label).toBe('Mensuelle')
    const en = await getList(sb, '/api/1/datasets/frequencies/?lang=en')
    expect(en.find((f) => f.id === 'monthly')?.label).toBe('Monthly')
  })

  it('serves every reference list', async () => {
    const sb = small()
    const lists = [
      '/api/1/datasets/licenses/',
      '/api/1/datasets/frequencies/',
      '/api/1/datasets/resource_types/',
      '/api/1/datasets/extensions/',
      '/api/1/reuses/types/',
      '/api/1/reuses/topics/',
      '/api/1/spatial/granularities/',
      '/api/1/organizations/roles/',
      '/api/1/contacts/roles/',
      '/api/1/reports/reasons/',
      '/api/1/spatial/zones/suggest/?q=par',
      '/api/1/tags/suggest/?q=env',
      '/api/1/datasets/suggest/formats/?q=c',
      '/api/1/datasets/suggest/mime/?q=csv',
      `/api/1/organizations/${orgOf(sb)}/contacts/suggest/?q=service`,
    ]
    for (const path of lists) {
      const res = await call(sb, 'GET', path)
      expect(res.status, path).toBe(200)
      expect(arr(res.body).length, path).toBeGreaterThan(0)
    }
    expect(obj((await call(sb, 'GET', '/api/1/datasets/badges/')).body)).toHaveProperty('hvd')
    expect(
      page((await call(sb, 'GET', `/api/1/organizations/${orgOf(sb)}/contacts/`)).body).total,
    ).toBeGreaterThan(0)
  })
})

describe('bad input', () => {
  it('WTForms endpoints reject a non-JSON Content-Type with the WTForms shape', async () => {
    const sb = small()
    const res = await call(sb, 'POST', '/api/1/datasets/', {
      key: keyOf(sb, 'admin'),
      body: 'title=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ errors: { 'Content-Type': 'expecting application/json' } })
  })

  it('malformed JSON → 400, non-object JSON → 400 "expecting a JSON object"', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const bad = await call(sb, 'POST', '/api/1/datasets/', {
      key,
      body: '{"title": ',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(bad.status).toBe(400)
    expect(obj(bad.body)).toHaveProperty('message')
    const list = await call(sb, 'POST', '/api/1/datasets/', { key, json: [1, 2] })
    expect(list.body).toEqual({ errors: { request: 'expecting a JSON object' } })
  })

  it('oversized bodies → 413', async () => {
    const sb = small({ maxUploadBytes: 1000 })
    const res = await call(sb, 'POST', '/api/1/datasets/', {
      key: keyOf(sb, 'admin'),
      json: { title: 'x', description: 'y'.repeat(5000) },
    })
    expect(res.status).toBe(413)
  })

  it('invalid ids and unknown filter values get udata answers, never a crash', async () => {
    const sb = small()
    expect((await call(sb, 'GET', '/api/1/datasets/%ZZ/')).status).toBeLessThan(500)
    expect((await call(sb, 'GET', '/api/1/datasets/not-a-real-slug/')).status).toBe(404)
    expect(
      (await call(sb, 'GET', '/api/2/datasets/?private=maybe', { key: keyOf(sb, 'admin') })).status,
    ).toBe(400)
    expect((await call(sb, 'GET', '/api/2/datasets/?page=abc')).status).toBe(400)
    expect((await call(sb, 'GET', '/api/2/reuses/?type=nope')).status).toBe(400)
    expect((await call(sb, 'GET', '/api/1/activity/?related_to=foo')).status).toBe(400)
  })
})
