// Community resources (udata-api-admin.md §5, §9.7): publisher filters, raw sort, `q` ignored,
// the v2 dataset's link total, and the dataset's organization refused on PUT/DELETE.
import { describe, expect, it } from 'vitest'
import { call, keyOf, obj, orgOf, page, small } from './test-client.ts'

const LIST = '/api/1/datasets/community_resources/'

describe('community resources', () => {
  it('seeds third-party resources on the big organization’s datasets, newest first', async () => {
    const sb = small()
    const org = orgOf(sb)
    const all = page((await call(sb, 'GET', `${LIST}?page_size=100`)).body)
    expect(all.total).toBeGreaterThanOrEqual(15)
    expect(all.total).toBeLessThanOrEqual(25)
    const created = all.data.map((cr) => String(obj(cr.internal).created_at_internal))
    expect([...created].sort().reverse()).toEqual(created)
    // published by others, some by OpenStreetMap France, some unavailable for Hydra
    expect(all.data.every((cr) => obj(cr.organization ?? {}).id !== org)).toBe(true)
    expect(all.data.some((cr) => obj(cr.organization ?? {}).name === 'OpenStreetMap France')).toBe(
      true,
    )
    expect(all.data.some((cr) => cr.owner !== null)).toBe(true)
    expect(all.data.some((cr) => obj(cr.extras)['check:available'] === false)).toBe(true)
    const first = obj(all.data[0])
    expect(Object.keys(obj(first.dataset)).sort()).toEqual([
      'acronym',
      'class',
      'id',
      'page',
      'title',
      'uri',
    ])
    expect(first).toHaveProperty('metrics.views')
    // page past the end → 404, as every DB page
    expect((await call(sb, 'GET', `${LIST}?page=99`)).status).toBe(404)
  })

  it('filters by dataset and by publisher (organization= is the publisher); q is ignored', async () => {
    const sb = small()
    const all = page((await call(sb, 'GET', `${LIST}?page_size=100`)).body)
    const cr = obj(all.data[0])
    const datasetId = String(obj(cr.dataset).id)
    const ofDataset = page(
      (await call(sb, 'GET', `${LIST}?dataset=${datasetId}&page_size=100`)).body,
    )
    expect(ofDataset.total).toBeGreaterThan(0)
    expect(ofDataset.data.every((c) => obj(c.dataset).id === datasetId)).toBe(true)
    // the v2 dataset's link object counts them
    const v2 = obj((await call(sb, 'GET', `/api/2/datasets/${datasetId}/`)).body)
    expect(obj(v2.community_resources).total).toBe(ofDataset.total)
    // the dataset's producer is not the publisher: nothing under its organization
    const big = orgOf(sb)
    expect(page((await call(sb, 'GET', `${LIST}?organization=${big}`)).body).total).toBe(0)
    const osm = all.data.find((c) => c.organization !== null)
    const osmId = String(obj(osm?.organization).id)
    const byOsm = page((await call(sb, 'GET', `${LIST}?organization=${osmId}&page_size=100`)).body)
    expect(byOsm.data.every((c) => obj(c.organization).id === osmId)).toBe(true)
    const q = page((await call(sb, 'GET', `${LIST}?q=zzzz-nothing&page_size=100`)).body)
    expect(q.total).toBe(all.total)
    const byTitle = page((await call(sb, 'GET', `${LIST}?sort=title&page_size=100`)).body)
    const titles = byTitle.data.map((c) => String(c.title))
    expect([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(titles)
  })

  it('the dataset’s organization cannot edit or delete a third party’s resource (403); its publisher can', async () => {
    const sb = small()
    const admin = keyOf(sb, 'admin')
    const all = page((await call(sb, 'GET', `${LIST}?page_size=100`, { key: admin })).body)
    const cr = obj(all.data.find((c) => c.owner === null))
    const one = obj((await call(sb, 'GET', `${LIST}${String(cr.id)}/`, { key: admin })).body)
    expect(one.permissions).toEqual({ delete: false, edit: false })
    const put = await call(sb, 'PUT', `${LIST}${String(cr.id)}/`, {
      key: admin,
      json: { title: 'x' },
    })
    expect(put.status).toBe(403)
    expect(obj(put.body).message).toBe('You do not have the permission to modify that object.')
    expect((await call(sb, 'DELETE', `${LIST}${String(cr.id)}/`, { key: admin })).status).toBe(403)
    expect((await call(sb, 'GET', `${LIST}000000000000000000000000/`)).status).toBe(404)
  })

  it('anyone signed in publishes a remote one on any dataset (dataset required), then edits and deletes it', async () => {
    const sb = small()
    const loner = keyOf(sb, 'no-organization')
    const all = page((await call(sb, 'GET', `${LIST}?page_size=1`)).body)
    const datasetId = String(obj(obj(all.data[0]).dataset).id)
    const missing = await call(sb, 'POST', LIST, {
      key: loner,
      json: { title: 'Sans jeu', url: 'https://example.org/a.csv', filetype: 'remote' },
    })
    expect(missing.status).toBe(400)
    expect(obj(missing.body).errors).toEqual({ dataset: ['This field is required.'] })
    expect((await call(sb, 'POST', LIST, { json: { dataset: datasetId } })).status).toBe(401)
    const created = await call(sb, 'POST', LIST, {
      key: loner,
      json: {
        dataset: datasetId,
        title: 'Ma version',
        url: 'https://example.org/a.csv',
        filetype: 'remote',
        format: 'csv',
      },
    })
    expect(created.status).toBe(201)
    const cr = obj(created.body)
    expect(obj(cr.owner).id).toBeTruthy()
    expect(cr.permissions).toEqual({ delete: true, edit: true })
    const id = String(cr.id)
    const put = await call(sb, 'PUT', `${LIST}${id}/`, { key: loner, json: { title: 'Renommée' } })
    expect(put.status).toBe(200)
    expect(obj(put.body).title).toBe('Renommée')
    expect(obj(obj(put.body).dataset).id).toBe(datasetId)
    expect((await call(sb, 'DELETE', `${LIST}${id}/`, { key: loner })).status).toBe(204)
    expect((await call(sb, 'GET', `${LIST}${id}/`)).status).toBe(404)
  })
})
