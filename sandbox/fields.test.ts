// Dataset and resource fields of issue 14 item 5: access type, extras, contact points, resource
// schema and checksum, with udata's quirks (udata-api-admin.md §6, §7.1, §9 items 8–10).
import { describe, expect, it } from 'vitest'
import { arr, call, getList, keyOf, obj, orgOf, page, small } from './test-client.ts'
import type { State } from './types.ts'

type Sb = ReturnType<typeof small>

/** A sandbox and its live state (handed to onChange after every write). */
async function withState(): Promise<{ sb: Sb; state: State }> {
  let live: State | null = null
  const sb = small({ onChange: (state) => (live = state as State) })
  await newDataset(sb)
  if (!live) throw new Error('no state')
  return { sb, state: live }
}

async function newDataset(sb: Sb, extra: Record<string, unknown> = {}) {
  const res = await call(sb, 'POST', '/api/1/datasets/', {
    key: keyOf(sb, 'admin'),
    json: {
      title: 'Champs',
      description: 'Un jeu de données pour les champs',
      organization: orgOf(sb),
      license: 'lov2',
      ...extra,
    },
  })
  expect(res.status).toBe(201)
  return obj(res.body)
}

async function put(sb: Sb, id: string, json: unknown, path = `/api/1/datasets/${id}/`) {
  return call(sb, 'PUT', path, { key: keyOf(sb, 'admin'), json })
}

describe('access type', () => {
  it('is written through v1 POST/PUT, clears the licence on every save, filters lists', async () => {
    const sb = small()
    const ds = await newDataset(sb)
    const id = ds.id as string
    expect(ds.license).toBe('lov2')
    const res = await put(sb, id, {
      title: 'Champs',
      tags: [],
      access_type: 'restricted',
      access_audiences: [{ role: 'private', condition: 'under_condition' }],
      authorization_request_url: 'https://example.org/demande',
      access_type_reason_category: 'confidentiality_of_personal_data',
      access_type_reason: 'Données nominatives',
      license: 'lov2',
    })
    expect(res.status).toBe(200)
    const body = obj(res.body)
    expect(body).toMatchObject({
      access_type: 'restricted',
      access_audiences: [{ role: 'private', condition: 'under_condition' }],
      authorization_request_url: 'https://example.org/demande',
      access_type_reason_category: 'confidentiality_of_personal_data',
      access_type_reason: 'Données nominatives',
      license: 'notspecified',
    })
    // v2 carries them too
    const v2 = obj((await call(sb, 'GET', `/api/2/datasets/${id}/`)).body)
    expect(v2.access_type).toBe('restricted')
    expect(v2.access_audiences).toEqual([{ role: 'private', condition: 'under_condition' }])
    // a licence sent again is cleared again; audiences stay when back to open_with_account
    const again = obj(
      (await put(sb, id, { license: 'lov2', access_type: 'open_with_account' })).body,
    )
    expect(again.license).toBe('notspecified')
    expect(again.access_audiences).toHaveLength(1)
    const filtered = page(
      (
        await call(sb, 'GET', `/api/1/datasets/?access_type=open_with_account&page_size=100`, {
          key: keyOf(sb, 'admin'),
        })
      ).body,
    )
    expect(filtered.data.map((d) => d.id)).toContain(id)
    expect(filtered.data.every((d) => d.access_type === 'open_with_account')).toBe(true)
    const open = obj((await put(sb, id, { access_type: 'open', license: 'lov2' })).body)
    expect(open.license).toBe('lov2')
  })

  it('refuses a duplicate audience role (FVE at save) and unknown choices (WTForms)', async () => {
    const sb = small()
    const id = (await newDataset(sb)).id as string
    const dup = await put(sb, id, {
      access_type: 'restricted',
      access_audiences: [
        { role: 'private', condition: 'yes' },
        { role: 'private', condition: 'no' },
      ],
    })
    expect(dup.status).toBe(400)
    expect(dup.body).toEqual({
      errors: {
        access_audiences: 'You can only set one condition for a given access audience role',
      },
      message: 'You can only set one condition for a given access audience role',
    })
    const bad = await put(sb, id, { access_type: 'closed', access_type_reason_category: 'nope' })
    expect(bad.status).toBe(400)
    expect(Object.keys(obj(obj(bad.body).errors)).sort()).toEqual([
      'access_type',
      'access_type_reason_category',
    ])
    const url = await put(sb, id, { authorization_request_url: 'pas une url' })
    expect(url.status).toBe(400)
    expect(obj(obj(url.body).errors).authorization_request_url).toMatch(/^Invalid URL/)
  })

  it('serves the INSPIRE reason categories', async () => {
    const sb = small()
    const list = await getList(sb, '/api/1/access_type/reason_categories/?lang=en')
    expect(list).toHaveLength(8)
    expect(obj(list[0])).toMatchObject({
      value: 'confidentiality_of_proceedings_of_public_authorities',
    })
  })
})

describe('extras', () => {
  it('v1 PUT replaces the dict, keeps nested values, refuses null values', async () => {
    const sb = small()
    const nested = { dcat: { accessRights: ['public'], rights: { label: 'x' } }, n: 3 }
    const id = (await newDataset(sb, { extras: nested })).id as string
    expect(obj((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body).extras).toEqual(nested)
    const nul = await put(sb, id, { extras: { a: null } })
    expect(nul.status).toBe(400)
    expect(nul.body).toEqual({
      errors: {
        extras: {
          a: 'Value should be an instance of: str, int, float, bool, datetime, date, list, dict',
        },
      },
    })
    const replaced = obj((await put(sb, id, { extras: { b: [1, { c: true }] } })).body)
    expect(replaced.extras).toEqual({ b: [1, { c: true }] })
  })

  it('v2 extras PUT/DELETE move no date and write no activity; PUT merges, null deletes', async () => {
    const sb = small()
    const id = (await newDataset(sb, { extras: { keep: { deep: [1] }, gone: 'x' } })).id as string
    const before = obj((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    const activity = async () =>
      page((await call(sb, 'GET', `/api/1/activity/?related_to=${id}`)).body).total
    const activities = await activity()
    const merged = await put(sb, id, { 'check:x': 1, gone: null }, `/api/2/datasets/${id}/extras/`)
    expect(merged.body).toEqual({ keep: { deep: [1] }, 'check:x': 1 })
    const del = await call(sb, 'DELETE', `/api/2/datasets/${id}/extras/`, {
      key: keyOf(sb, 'admin'),
      json: ['check:x'],
    })
    expect(del.status).toBe(204)
    const after = obj((await call(sb, 'GET', `/api/1/datasets/${id}/`)).body)
    expect(after.last_modified).toBe(before.last_modified)
    expect(after.internal).toEqual(before.internal)
    expect(await activity()).toBe(activities)
  })

  it('custom:<title> extras follow the organization definitions, with udata messages', async () => {
    const { sb, state } = await withState()
    const org = orgOf(sb)
    state.organizations.find((o) => o.id === org)!.extras.custom = [
      { title: 'niveau', type: 'int', description: '' },
      { title: 'statut', type: 'choice', choices: ['a', 'b'], description: '' },
    ]
    const id = (await newDataset(sb)).id as string
    const v2 = `/api/2/datasets/${id}/extras/`
    const message = async (extras: Record<string, unknown>) => {
      const res = await put(sb, id, extras, v2)
      expect(res.status).toBe(400)
      expect(obj(res.body).errors).toEqual({})
      return obj(res.body).message
    }
    expect(await message({ 'custom:autre': 1 })).toBe(
      "Dataset's organization did not define the requested custom metadata.",
    )
    expect(await message({ 'custom:niveau': 'haut' })).toBe(
      'Custom metadata is not of the right type.',
    )
    expect(await message({ 'custom:statut': 'c' })).toBe(
      'Custom metadata choice is not defined by organization.',
    )
    expect((await put(sb, id, { 'custom:niveau': 2, 'custom:statut': 'b' }, v2)).status).toBe(200)
    // the v1 PUT runs the same model check
    expect(obj((await put(sb, id, { extras: { 'custom:autre': 1 } })).body).message).toBe(
      "Dataset's organization did not define the requested custom metadata.",
    )
  })

  it('seeded custom extras are defined by their organizations, so those datasets save', async () => {
    const { sb, state } = await withState()
    const ds = state.datasets.find(
      (d) =>
        d.organization === orgOf(sb) &&
        !d.deleted &&
        Object.keys(d.extras).some((k) => k.startsWith('custom:')),
    )
    if (!ds) throw new Error('no seeded custom extra')
    const key = keyOf(sb, 'admin')
    const res = await call(sb, 'PUT', `/api/2/datasets/${ds.id}/extras/`, { key, json: {} })
    expect(res.status).toBe(200)
    const org = state.organizations.find((o) => o.id === ds.organization)
    expect(org?.extras.custom).toContainEqual(expect.objectContaining({ title: 'producteur' }))
  })
})

describe('contact points', () => {
  it('create (201, then 200 when identical), edit, duplicate, validation, delete pulls it', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const organization = orgOf(sb)
    const body = { name: 'Service SIG', email: 'sig@example.org', role: 'publisher', organization }
    const created = await call(sb, 'POST', '/api/1/contacts/', { key, json: body })
    expect(created.status).toBe(201)
    const cp = obj(created.body)
    expect(cp).toMatchObject({ name: 'Service SIG', role: 'publisher', contact_form: null })
    expect(obj(cp.organization).id).toBe(organization)
    const same = await call(sb, 'POST', '/api/1/contacts/', { key, json: body })
    expect(same.status).toBe(200)
    expect(obj(same.body).id).toBe(cp.id)

    const channel = await call(sb, 'POST', '/api/1/contacts/', {
      key,
      json: { name: 'Accueil', role: 'contact', organization },
    })
    expect(channel.status).toBe(400)
    expect(obj(channel.body).message).toBe(
      'At least an email or a contact form is required for a contact point',
    )
    const invalid = await call(sb, 'POST', '/api/1/contacts/', {
      key,
      json: { name: '', role: 'boss', organization },
    })
    expect(Object.keys(obj(obj(invalid.body).errors)).sort()).toEqual(['name', 'role'])

    const other = obj(
      (
        await call(sb, 'POST', '/api/1/contacts/', {
          key,
          json: { ...body, name: 'Service SIG 2' },
        })
      ).body,
    )
    const dup = await call(sb, 'PUT', `/api/1/contacts/${other.id as string}/`, {
      key,
      json: { name: 'Service SIG' },
    })
    expect(dup.status).toBe(400)
    expect(obj(obj(dup.body).errors).name).toBe(
      'An existing contact point already exists with these informations.',
    )
    const edited = await call(sb, 'PUT', `/api/1/contacts/${cp.id as string}/`, {
      key,
      json: { role: 'custodian' },
    })
    expect(obj(edited.body)).toMatchObject({ role: 'custodian', email: 'sig@example.org' })
    // outsiders cannot edit
    const outsider = await call(sb, 'PUT', `/api/1/contacts/${cp.id as string}/`, {
      key: keyOf(sb, 'other-org-member'),
      json: { role: 'user' },
    })
    expect(outsider.status).toBe(403)

    const ds = await newDataset(sb, { contact_points: [cp.id, other.id] })
    expect(arr(ds.contact_points)).toHaveLength(2)
    const lastModified = ds.last_modified
    const del = await call(sb, 'DELETE', `/api/1/contacts/${cp.id as string}/`, { key })
    expect(del.status).toBe(204)
    const after = obj((await call(sb, 'GET', `/api/1/datasets/${ds.id as string}/`)).body)
    expect(arr(after.contact_points).map((c) => obj(c).id)).toEqual([other.id])
    expect(after.last_modified).toBe(lastModified)
    expect((await call(sb, 'GET', `/api/1/contacts/${cp.id as string}/`)).status).toBe(404)
  })

  it('a dataset refuses contact points of another organization (WTForms)', async () => {
    const sb = small()
    const foreign = await call(sb, 'POST', '/api/1/contacts/', {
      key: keyOf(sb, 'other-org-member'),
      json: {
        name: 'Ailleurs',
        email: 'a@example.org',
        role: 'publisher',
        organization: orgOf(sb, 'other-org-member'),
      },
    })
    const id = (await newDataset(sb)).id as string
    const res = await put(sb, id, { contact_points: [obj(foreign.body).id] })
    expect(res.body).toEqual({
      errors: { contact_points: ['Wrong contact point id or contact point ownership mismatch'] },
    })
  })
})

describe('resource schema and checksum', () => {
  async function remote(sb: Sb) {
    const id = (await newDataset(sb)).id as string
    const res = await call(sb, 'POST', `/api/1/datasets/${id}/resources/`, {
      key: keyOf(sb, 'admin'),
      json: { filetype: 'remote', title: 'r', url: 'https://example.org/r.csv', type: 'main' },
    })
    return { id, rid: obj(res.body).id as string }
  }

  it('serves the catalogue and validates names and versions with nested errors', async () => {
    const sb = small()
    const catalogue = await getList(sb, '/api/1/datasets/schemas/')
    const irve = catalogue.find((s) => s.name === 'etalab/schema-irve-statique')
    expect(arr(irve?.versions).map((v) => obj(v).version_name)).toContain('2.3.1')
    const { id, rid } = await remote(sb)
    const path = `/api/1/datasets/${id}/resources/${rid}/`
    const name = await put(sb, id, { schema: { name: 'x/y' } }, path)
    expect(obj(obj(name.body).errors).schema).toEqual({
      name: [
        expect.stringMatching(/^Schema name "x\/y" is not an allowed value\. Allowed values: /),
      ],
    })
    const datapackage = await put(
      sb,
      id,
      { schema: { name: 'etalab/schema-comptes-collectivites' } },
      path,
    )
    expect(datapackage.status).toBe(400)
    const version = await put(
      sb,
      id,
      { schema: { name: 'etalab/schema-irve-statique', version: '9' } },
      path,
    )
    expect(obj(obj(obj(version.body).errors).schema).version).toEqual([
      'Version "9" is not an allowed value for the schema "etalab/schema-irve-statique". Allowed versions: 0.1.0, 2.3.1',
    ])
    const orphan = await put(sb, id, { schema: { version: '1.0' } }, path)
    expect(obj(obj(orphan.body).errors).schema).toEqual({
      version: ['A schema must contains a name or an URL when a version is provided.'],
    })
    const ok = await put(
      sb,
      id,
      { schema: { name: 'etalab/schema-irve-statique', version: '2.3.1' } },
      path,
    )
    expect(obj(ok.body).schema).toEqual({
      name: 'etalab/schema-irve-statique',
      version: '2.3.1',
      url: null,
    })
    const byUrl = await put(sb, id, { schema: { url: 'https://example.org/schema.json' } }, path)
    expect(obj(obj(byUrl.body).schema).url).toBe('https://example.org/schema.json')
    expect(obj((await put(sb, id, { schema: null }, path)).body).schema).toBeNull()
  })

  it('checksum: types checked, no value → not stored, null removes', async () => {
    const sb = small()
    const { id, rid } = await remote(sb)
    const path = `/api/1/datasets/${id}/resources/${rid}/`
    const set = await put(sb, id, { checksum: { type: 'md5', value: 'abc' } }, path)
    expect(obj(set.body).checksum).toEqual({ type: 'md5', value: 'abc' })
    const bad = await put(sb, id, { checksum: { type: 'sha512', value: 'abc' } }, path)
    expect(obj(obj(bad.body).errors).checksum).toEqual({ type: ['Choix invalide'] })
    expect(obj((await put(sb, id, { checksum: { type: 'md5' } }, path)).body).checksum).toBeNull()
    await put(sb, id, { checksum: { type: 'md5', value: 'abc' } }, path)
    expect(obj((await put(sb, id, { checksum: null }, path)).body).checksum).toBeNull()
  })
})
