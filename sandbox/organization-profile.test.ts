// Organization profile (udata-api-admin.md §2): partial PUT, SIRET rules, slug history, logo,
// v2 extras and custom metadata definitions.
import { describe, expect, it } from 'vitest'
import {
  GIF_FILE,
  ORIGIN,
  PNG_FILE,
  call,
  keyOf,
  obj,
  orgOf,
  postMultipart,
  small,
} from './test-client.ts'

const put = (sb: ReturnType<typeof small>, org: string, json: unknown, account = 'admin') =>
  call(sb, 'PUT', `/api/1/organizations/${org}/`, { key: keyOf(sb, account), json })

describe('organization profile', () => {
  it('applies only the keys sent, ignores read-only ones, admins only', async () => {
    const sb = small()
    const org = orgOf(sb)
    const before = obj((await call(sb, 'GET', `/api/1/organizations/${org}/`)).body)
    const res = await put(sb, org, {
      acronym: 'NEW',
      logo: 'https://evil.example.com/x.png',
      members: [],
      badges: [],
      unknown: 1,
    })
    expect(res.status).toBe(200)
    const after = obj(res.body)
    expect(after.acronym).toBe('NEW')
    expect(after.name).toBe(before.name)
    expect(after.description).toBe(before.description)
    expect(after.logo).toBe(before.logo)
    expect(after.members).toEqual(before.members)
    expect(after.badges).toEqual(before.badges)
    expect(after.last_modified).not.toBe(before.last_modified)
    // "" clears the acronym
    expect(obj((await put(sb, org, { acronym: '' })).body).acronym).toBeNull()
    expect((await put(sb, org, { acronym: 'X' }, 'editor')).status).toBe(403)
    expect((await put(sb, org, { acronym: 'X' }, 'partial-editor')).status).toBe(403)
    expect((await call(sb, 'PUT', `/api/1/organizations/${org}/`, { json: {} })).status).toBe(401)
  })

  it('requires a name, checks acronym and url, moves the slug and keeps the old one', async () => {
    const sb = small()
    const org = orgOf(sb)
    const blank = await put(sb, org, { name: '' })
    expect(blank.status).toBe(400)
    expect(obj(obj(blank.body).errors).name).toBe('Field is required')
    expect(String(obj(blank.body).message)).toContain("Field is required: ['name']")
    const long = await put(sb, org, { acronym: 'x'.repeat(129) })
    expect(obj(obj(long.body).errors).acronym).toBe('String value is too long')
    const url = await put(sb, org, { url: 'not a url' })
    expect(url.status).toBe(400)
    expect(String(obj(obj(url.body).errors).url)).toContain('Invalid URL')
    const oldSlug = String(obj((await call(sb, 'GET', `/api/1/organizations/${org}/`)).body).slug)
    const renamed = obj((await put(sb, org, { name: 'Ministère renommé' })).body)
    expect(renamed.slug).toBe('ministere-renomme')
    const redirect = await call(sb, 'GET', `/api/1/organizations/${oldSlug}/`)
    expect(redirect.status).toBe(308)
    expect(redirect.headers.get('Location')).toBe(
      `${ORIGIN}/api/1/organizations/ministere-renomme/`,
    )
  })

  it('validates a changed SIRET as udata does (length, digits, Luhn, La Poste)', async () => {
    const sb = small()
    const org = orgOf(sb)
    const error = async (value: string) => {
      const res = await put(sb, org, { business_number_id: value })
      return res.status === 200 ? null : obj(obj(res.body).errors).business_number_id
    }
    expect(await error('123')).toBe('A siret number is made of 14 digits')
    expect(await error('7328293200007A')).toBe('A siret number is only made of digits')
    expect(await error('11000000100017')).toBe('Invalid Siret number')
    expect(await error('123456789012345')).toBe('String value is too long')
    expect(await error('35600000000048')).toBeNull()
    expect(await error('73282932000074')).toBeNull()
    // unchanged values are not checked again
    expect(await error('73282932000074')).toBeNull()
  })

  it('uploads a logo (jpeg/png/webp only) that the organization then serves', async () => {
    const sb = small()
    const org = orgOf(sb)
    const key = keyOf(sb, 'admin')
    const logo = `/api/1/organizations/${org}/logo/`
    const res = await postMultipart(sb, logo, key, {}, PNG_FILE)
    expect(res.status).toBe(200)
    const image = String(obj(res.body).image)
    expect(obj(res.body).success).toBe(true)
    const after = obj((await call(sb, 'GET', `/api/1/organizations/${org}/`)).body)
    expect(after.logo).toBe(image)
    expect(after.logo_thumbnail).toBe(image)
    const served = await call(sb, 'GET', image.replace(ORIGIN, ''))
    expect(served.headers.get('Content-Type')).toBe('image/png')
    const bad = await postMultipart(sb, logo, key, {}, GIF_FILE)
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({ message: 'Unsupported image format' })
    const editor = await postMultipart(sb, logo, keyOf(sb, 'editor'), {}, PNG_FILE)
    expect(editor.status).toBe(403)
  })

  it('replaces extras whole and validates the custom metadata definitions', async () => {
    const sb = small()
    const org = orgOf(sb)
    const seeded = obj(obj((await call(sb, 'GET', `/api/1/organizations/${org}/`)).body).extras)
    const custom = seeded.custom as { type: string; choices?: string[] }[]
    expect(custom.some((c) => c.type === 'choice' && (c.choices ?? []).length > 0)).toBe(true)
    expect(new Set(custom.map((c) => c.type)).size).toBeGreaterThan(1)
    const next = [{ title: 'Niveau', description: '', type: 'int' }]
    const res = await put(sb, org, { extras: { custom: next } })
    expect(obj(res.body).extras).toEqual({ custom: next })
    const noChoices = await put(sb, org, {
      extras: { custom: [{ title: 'T', description: '', type: 'choice', choices: [] }] },
    })
    expect(noChoices.status).toBe(400)
    expect(obj(obj(noChoices.body).errors)).toHaveProperty('extras')
    const badType = await put(sb, org, {
      extras: { custom: [{ title: 'T', description: '', type: 'color' }] },
    })
    expect(badType.status).toBe(400)
    const missing = await put(sb, org, { extras: { custom: [{ title: 'T' }] } })
    expect(missing.status).toBe(400)
  })

  it('v2 extras: GET, PUT merges (null deletes), DELETE a list of keys', async () => {
    const sb = small()
    const org = orgOf(sb)
    const key = keyOf(sb, 'admin')
    const path = `/api/2/organizations/${org}/extras/`
    const merged = await call(sb, 'PUT', path, { key, json: { a: 1, b: 'x' } })
    expect(obj(merged.body)).toMatchObject({ a: 1, b: 'x' })
    expect(obj(merged.body)).toHaveProperty('custom')
    const removed = obj((await call(sb, 'PUT', path, { key, json: { a: null } })).body)
    expect(removed).not.toHaveProperty('a')
    expect((await call(sb, 'DELETE', path, { key, json: ['b', 'nope'] })).status).toBe(204)
    expect(obj((await call(sb, 'GET', path)).body)).not.toHaveProperty('b')
    expect((await call(sb, 'PUT', path, { key, json: [1] })).body).toEqual({
      message: 'Wrong payload format, dict expected',
    })
    expect((await call(sb, 'DELETE', path, { key, json: { a: 1 } })).body).toEqual({
      message: 'Wrong payload format, list expected',
    })
    expect((await call(sb, 'PUT', path, { key: keyOf(sb, 'editor'), json: {} })).status).toBe(403)
  })
})
