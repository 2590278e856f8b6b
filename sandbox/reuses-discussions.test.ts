// Reuses (lists, visibility, create/PUT/DELETE/restore, image, add dataset), discussions,
// reports and activity.
import { describe, expect, it } from 'vitest'
import {
  GIF_FILE,
  PNG_FILE,
  arr,
  call,
  getList,
  keyOf,
  obj,
  orgOf,
  page,
  postMultipart,
  small,
} from './test-client.ts'

const REUSE = {
  title: 'Ma carte',
  description: 'Une carte',
  url: 'https://carte.example.fr/',
  type: 'visualization',
  topic: 'environment_and_energy',
}

async function publicDatasetId(sb: ReturnType<typeof small>) {
  const p = page((await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}`)).body)
  return String(p.data[0]?.id)
}

describe('reuses', () => {
  it('lists: anonymous hides private/deleted; members see them; filters and v2 links', async () => {
    const sb = small()
    const org = orgOf(sb)
    const anon = page(
      (await call(sb, 'GET', `/api/1/reuses/?organization=${org}&page_size=100`)).body,
    )
    expect(anon.data.every((r) => !r.private && r.deleted === null)).toBe(true)
    const member = page(
      (
        await call(sb, 'GET', `/api/1/reuses/?organization=${org}&page_size=100`, {
          key: keyOf(sb, 'editor'),
        })
      ).body,
    )
    expect(member.data.some((r) => r.private)).toBe(true)
    expect(member.data.some((r) => r.deleted !== null)).toBe(true)
    expect(obj(arr(anon.data[0]?.datasets)[0])).toHaveProperty('title')
    const v2 = page((await call(sb, 'GET', `/api/2/reuses/?organization=${org}`)).body)
    expect(obj(v2.data[0]?.datasets)).toMatchObject({ rel: 'subsection', type: 'GET' })
    const dsId = String(obj(arr(anon.data[0]?.datasets)[0]).id)
    const byDataset = page((await call(sb, 'GET', `/api/2/reuses/?dataset=${dsId}`)).body)
    expect(byDataset.total).toBeGreaterThan(0)
    const viz = page((await call(sb, 'GET', '/api/2/reuses/?type=visualization&page_size=50')).body)
    expect(viz.data.every((r) => r.type === 'visualization')).toBe(true)
    expect((await call(sb, 'GET', '/api/2/reuses/?dataset=slug')).status).toBe(400)
    const plainList = await call(sb, 'GET', `/api/1/organizations/${org}/reuses/`)
    expect(Array.isArray(plainList.body)).toBe(true)
  })

  it('create (201), url uniqueness (api-fields shape), partial PUT, soft DELETE + restore', async () => {
    const sb = small()
    const key = keyOf(sb, 'editor')
    const dsId = await publicDatasetId(sb)
    const created = await call(sb, 'POST', '/api/1/reuses/', {
      key,
      json: { ...REUSE, organization: orgOf(sb), datasets: [dsId], tags: ['Carte Interactive'] },
    })
    expect(created.status).toBe(201)
    const reuse = obj(created.body)
    expect(reuse).toMatchObject({ private: false, tags: ['carte-interactive'] })
    const dup = await call(sb, 'POST', '/api/1/reuses/', {
      key,
      json: { ...REUSE, title: 'Autre' },
    })
    expect(dup.status).toBe(400)
    expect(dup.body).toEqual({
      errors: { url: 'This URL is already registered' },
      message: 'This URL is already registered',
    })
    const badType = await call(sb, 'POST', '/api/1/reuses/', {
      key,
      json: { ...REUSE, url: 'https://autre.example.fr/', type: 'nope' },
    })
    expect(String(obj(obj(badType.body).errors).type)).toMatch(/^'nope' is not a valid choice/)
    const id = String(reuse.id)
    const put = obj(
      (await call(sb, 'PUT', `/api/1/reuses/${id}/`, { key, json: { title: 'Carte renommée' } }))
        .body,
    )
    expect(put).toMatchObject({
      title: 'Carte renommée',
      description: 'Une carte',
      tags: ['carte-interactive'],
      slug: 'carte-renommee',
    })
    const unknownDs = await call(sb, 'PUT', `/api/1/reuses/${id}/`, {
      key,
      json: { datasets: ['0123456789abcdef01234567'] },
    })
    expect(obj(unknownDs.body).errors).toEqual({
      datasets: "Unknown reference '0123456789abcdef01234567'",
    })
    expect((await call(sb, 'DELETE', `/api/1/reuses/${id}/`, { key })).status).toBe(204)
    expect((await call(sb, 'GET', `/api/1/reuses/${id}/`)).body).toEqual({
      message: 'This reuse has been deleted',
    })
    expect(
      (await call(sb, 'PUT', `/api/1/reuses/${id}/`, { key, json: { title: 'x' } })).status,
    ).toBe(410)
    expect(
      obj((await call(sb, 'PUT', `/api/1/reuses/${id}/`, { key, json: { deleted: null } })).body)
        .deleted,
    ).toBeNull()
  })

  it('POST datasets adds (201) or keeps (200); image upload accepts png only among these', async () => {
    const sb = small()
    const key = keyOf(sb, 'editor')
    const reuse = obj(
      (
        await call(sb, 'POST', '/api/1/reuses/', {
          key,
          json: { ...REUSE, organization: orgOf(sb) },
        })
      ).body,
    )
    const id = String(reuse.id)
    const dsId = await publicDatasetId(sb)
    expect(
      (await call(sb, 'POST', `/api/1/reuses/${id}/datasets/`, { key, json: { id: dsId } })).status,
    ).toBe(201)
    expect(
      (await call(sb, 'POST', `/api/1/reuses/${id}/datasets/`, { key, json: { id: dsId } })).status,
    ).toBe(200)
    expect(
      (
        await call(sb, 'POST', `/api/1/reuses/${id}/datasets/`, {
          key,
          json: { id: '0123456789abcdef01234567' },
        })
      ).status,
    ).toBe(404)
    const image = `/api/1/reuses/${id}/image/`
    const img = await postMultipart(sb, image, key, {}, PNG_FILE)
    expect(obj(img.body).success).toBe(true)
    expect(
      (
        await call(sb, 'GET', String(obj(img.body).image).replace('http://127.0.0.1:3001', ''))
      ).headers.get('Content-Type'),
    ).toBe('image/png')
    const bad = await postMultipart(sb, image, key, {}, GIF_FILE)
    expect(bad.body).toEqual({ message: 'Unsupported image format' })
  })

  it('an outsider cannot edit an org reuse (403)', async () => {
    const sb = small()
    const list = page((await call(sb, 'GET', `/api/1/reuses/?organization=${orgOf(sb)}`)).body)
    const res = await call(sb, 'PUT', `/api/1/reuses/${String(list.data[0]?.id)}/`, {
      key: keyOf(sb, 'no-organization'),
      json: { title: 'x' },
    })
    expect(res.status).toBe(403)
  })
})

describe('discussions, reports, activity', () => {
  it('lists with for/org/closed filters; create as the organization; reply; close permissions', async () => {
    const sb = small()
    const org = orgOf(sb)
    const open = page(
      (await call(sb, 'GET', `/api/1/discussions/?org=${org}&closed=false&page_size=100`)).body,
    )
    expect(open.data.every((d) => d.closed === null)).toBe(true)
    const closed = page((await call(sb, 'GET', `/api/1/discussions/?org=${org}&closed=true`)).body)
    expect(closed.total).toBeGreaterThan(0)
    const dsId = await publicDatasetId(sb)
    const outsider = keyOf(sb, 'no-organization')
    const created = await call(sb, 'POST', '/api/1/discussions/', {
      key: outsider,
      json: { title: 'Question', comment: 'Bonjour', subject: { class: 'Dataset', id: dsId } },
    })
    expect(created.status).toBe(201)
    const id = String(obj(created.body).id)
    expect(
      page((await call(sb, 'GET', `/api/1/discussions/?for=${dsId}`)).body).data.some(
        (d) => d.id === id,
      ),
    ).toBe(true)
    const admin = keyOf(sb, 'admin')
    const reply = obj(
      (
        await call(sb, 'POST', `/api/1/discussions/${id}/`, {
          key: admin,
          json: { comment: 'Réponse officielle', organization: org },
        })
      ).body,
    )
    const messages = arr(reply.discussion).map(obj)
    expect(messages).toHaveLength(2)
    expect(obj(messages[1]?.posted_by_organization).id).toBe(org)
    expect(
      (
        await call(sb, 'POST', `/api/1/discussions/${id}/`, {
          key: keyOf(sb, 'other-org-member'),
          json: { close: true },
        })
      ).status,
    ).toBe(403)
    expect(
      (await call(sb, 'POST', `/api/1/discussions/${id}/`, { key: admin, json: {} })).status,
    ).toBe(400)
    const closedNow = obj(
      (
        await call(sb, 'POST', `/api/1/discussions/${id}/`, {
          key: admin,
          json: { comment: 'Clos', close: true },
        })
      ).body,
    )
    expect(closedNow.closed).not.toBeNull()
    const after = await call(sb, 'POST', `/api/1/discussions/${id}/`, {
      key: outsider,
      json: { comment: 'encore' },
    })
    expect(after.status).toBe(403)
    expect(after.body).toEqual({ message: "Can't add comments on a closed discussion" })
    const asOrg = await call(sb, 'POST', '/api/1/discussions/', {
      key: outsider,
      json: {
        title: 'x',
        comment: 'y',
        subject: { class: 'Dataset', id: dsId },
        organization: org,
      },
    })
    expect(asOrg.status).toBe(400)
  })

  it('reports: reasons list and creation', async () => {
    const sb = small()
    const reasons = await getList(sb, '/api/1/reports/reasons/')
    const dsId = await publicDatasetId(sb)
    const res = await call(sb, 'POST', '/api/1/reports/', {
      key: keyOf(sb, 'admin'),
      json: { subject: { class: 'Dataset', id: dsId }, reason: reasons[0]?.id, message: 'spam' },
    })
    expect(res.status).toBe(201)
    expect(
      (
        await call(sb, 'POST', '/api/1/reports/', {
          json: { subject: { class: 'Dataset', id: dsId }, reason: 'bogus' },
        })
      ).status,
    ).toBe(400)
  })

  it('every write records an activity with actor and changed field names', async () => {
    const sb = small()
    const key = keyOf(sb, 'editor')
    const dsId = await publicDatasetId(sb)
    const current = obj((await call(sb, 'GET', `/api/1/datasets/${dsId}/`)).body)
    await call(sb, 'PUT', `/api/1/datasets/${dsId}/`, {
      key,
      json: {
        title: 'Titre changé',
        tags: current.tags,
        temporal_coverage: current.temporal_coverage,
      },
    })
    const act = page(
      (await call(sb, 'GET', `/api/1/activity/?related_to=${dsId}&page_size=1`)).body,
    )
    expect(act.data[0]).toMatchObject({
      key: 'dataset:updated',
      changes: ['title'],
      related_to: 'Titre changé',
    })
    expect(obj(act.data[0]?.actor).id).toBe(sb.accounts.find((a) => a.id === 'editor')?.user_id)
    const byOrg = page((await call(sb, 'GET', `/api/1/activity/?organization=${orgOf(sb)}`)).body)
    expect(byOrg.total).toBeGreaterThan(10)
  })
})
