// Contract tests: the sandbox's responses have the keys, types, nesting and date formats of the
// real data.gouv.fr responses recorded in ./fixtures/ (provenance in fixtures/README.md).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { arr, call, keyOf, obj, orgOf, page, small } from './test-client.ts'

const FIXTURES = resolve(__dirname, 'fixtures')
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as unknown

/** Fields the 2025 fixtures predate (documented in udata-api.md) — allowed extra in responses. */
const NEWER = new Set([
  'permissions',
  'access_type',
  'access_audiences',
  'authorization_request_url',
  'access_type_reason',
  'access_type_reason_category',
  'discussions_open',
  'dataservices',
])

// Keys of free-form maps whose content differs per object (extras, metrics by month…)
const freeForm = new Set([
  'extras',
  'datasets_by_months',
  'datasets_followers_by_months',
  'datasets_reuses_by_months',
  'dataservices_by_months',
])

const isoOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/
const ISO_NAIVE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') {
    if (isoOffset.test(value)) return 'date'
    if (ISO_NAIVE.test(value)) return 'naive-date'
  }
  return typeof value
}

/** Compare `actual` to `expected` recursively; returns human-readable differences. */
function compareShape(expected: unknown, actual: unknown, path: string, out: string[]): void {
  const ek = kind(expected)
  const ak = kind(actual)
  // null on one side is fine (nullable fields); different non-null kinds are not
  if (ek !== 'null' && ak !== 'null' && ek !== ak) out.push(`${path}: expected ${ek}, got ${ak}`)
  if (ek === 'array' && ak === 'array') {
    const e = (expected as unknown[])[0]
    const a = (actual as unknown[])[0]
    if (e !== undefined && a !== undefined) compareShape(e, a, `${path}[0]`, out)
    return
  }
  if (ek !== 'object' || ak !== 'object') return
  const eo = expected as Record<string, unknown>
  const ao = actual as Record<string, unknown>
  const last = path.split('.').at(-1) ?? ''
  if (freeForm.has(last)) return
  for (const key of Object.keys(eo)) {
    if (!(key in ao)) out.push(`${path}.${key}: missing`)
    else compareShape(eo[key], ao[key], `${path}.${key}`, out)
  }
  for (const key of Object.keys(ao)) {
    if (!(key in eo) && !NEWER.has(key)) out.push(`${path}.${key}: unexpected`)
  }
}

function diff(expected: unknown, actual: unknown): string[] {
  const out: string[] = []
  compareShape(expected, actual, '$', out)
  return out
}

describe('contract with recorded data.gouv.fr responses', () => {
  const sandbox = small()

  async function datasetWithResources(): Promise<string> {
    const list = page(
      (await call(sandbox, 'GET', `/api/2/datasets/?organization=${orgOf(sandbox)}&page_size=50`))
        .body,
    )
    const withResources = list.data.find(
      (d) => (obj(d.resources).total as number) > 1 && d.organization !== null,
    )
    if (!withResources) throw new Error('no dataset with resources')
    return withResources.id as string
  }

  it('v1 dataset has the keys, types and date formats of the fixture', async () => {
    const id = await datasetWithResources()
    const res = await call(sandbox, 'GET', `/api/1/datasets/${id}/`)
    expect(res.status).toBe(200)
    const expected = obj(fixture('dataset_metadata.json'))
    // the fixture's dataset has no spatial / temporal coverage / acronym: compare with an actual example
    expect(diff(expected, res.body)).toEqual([])
    expect(obj(res.body).created_at).toMatch(isoOffset)
  })

  it('v2 dataset equals v1 but resources become a subsection link', async () => {
    const id = await datasetWithResources()
    const v2 = obj((await call(sandbox, 'GET', `/api/2/datasets/${id}/`)).body)
    const link = obj(v2.resources)
    expect(Object.keys(link).sort()).toEqual(['href', 'rel', 'total', 'type'])
    expect(link.rel).toBe('subsection')
    expect(link.type).toBe('GET')
    const expected = obj(fixture('dataset_metadata.json'))
    const rest = { ...expected }
    delete rest.resources
    const actual = { ...v2 }
    delete actual.resources
    delete actual.community_resources
    expect(diff(rest, actual)).toEqual([])
  })

  it('organization matches the fixture (members, metrics, badges)', async () => {
    const res = await call(sandbox, 'GET', `/api/1/organizations/${orgOf(sandbox)}/`)
    expect(res.status).toBe(200)
    expect(diff(fixture('organization_metadata.json'), res.body)).toEqual([])
    const member = obj(arr(obj(res.body).members)[0])
    expect(obj(member.user).email).toMatch(/^\*\*\*@/)
    // The recording predates `_visible_login_date`: current udata hides it from non-members.
    expect(obj(member.user).last_login_at).toBeNull()
    const asMember = await call(sandbox, 'GET', `/api/1/organizations/${orgOf(sandbox)}/`, {
      key: keyOf(sandbox, 'editor'),
    })
    expect(obj(obj(arr(obj(asMember.body).members)[0]).user).last_login_at).toMatch(ISO_NAIVE)
  })

  it('v1 resource matches the fixture (Hydra extras included)', async () => {
    const id = await datasetWithResources()
    const ds = obj((await call(sandbox, 'GET', `/api/1/datasets/${id}/`)).body)
    const resource = obj(arr(ds.resources)[0])
    const single = await call(
      sandbox,
      'GET',
      `/api/1/datasets/${id}/resources/${String(resource.id)}/`,
    )
    expect(diff(fixture('resource_metadata_api1.json'), single.body)).toEqual([])
  })

  it('v2 resource lookup matches the fixture ({resource, dataset_id})', async () => {
    const id = await datasetWithResources()
    const list = page((await call(sandbox, 'GET', `/api/2/datasets/${id}/resources/`)).body)
    const rid = String(list.data[0]?.id)
    const res = await call(sandbox, 'GET', `/api/2/datasets/resources/${rid}/`)
    expect(diff(fixture('resource_metadata_api2.json'), res.body)).toEqual([])
    expect(obj(res.body).dataset_id).toBe(id)
  })

  it('v2 resources page is a paginated envelope of fixture-shaped resources', async () => {
    const id = await datasetWithResources()
    const res = await call(sandbox, 'GET', `/api/2/datasets/${id}/resources/?page_size=1`, {
      key: keyOf(sandbox, 'admin'),
    })
    const p = page(res.body)
    expect(p.page_size).toBe(1)
    expect(p.next_page).toContain(`/api/2/datasets/${id}/resources/?page=2&page_size=1`)
    expect(diff(fixture('resource_metadata_api1.json'), p.data[0])).toEqual([])
  })
})
