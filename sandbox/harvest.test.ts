// Harvest read routes (udata-api-admin.md §4, §9.6): the `deleted` quirk, permissions by role,
// jobs and items with their link object, status validation, error details for sysadmins only.
import { describe, expect, it } from 'vitest'
import { arr, call, getList, keyOf, obj, orgOf, page, small } from './test-client.ts'

describe('harvest', () => {
  it('lists backends', async () => {
    const sb = small()
    const backends = await getList(sb, '/api/1/harvest/backends/')
    expect(backends.map((b) => b.id)).toContain('dcat')
    expect(backends[0]).toHaveProperty('filters')
  })

  it('lists an organization’s sources; any non-empty `deleted` (even false) includes deleted ones', async () => {
    const sb = small()
    const org = orgOf(sb)
    const live = page((await call(sb, 'GET', `/api/1/harvest/sources/?organization=${org}`)).body)
    expect(live.total).toBe(2)
    expect(live.data.every((s) => s.deleted === null)).toBe(true)
    for (const value of ['true', 'false', '0']) {
      const withDeleted = page(
        (await call(sb, 'GET', `/api/1/harvest/sources/?organization=${org}&deleted=${value}`))
          .body,
      )
      expect(withDeleted.total).toBe(3)
    }
    const q = page(
      (await call(sb, 'GET', `/api/1/harvest/sources/?organization=${org}&q=csw`)).body,
    )
    expect(q.data.map((s) => s.backend)).toEqual(['csw-dcat'])
    expect(
      (await call(sb, 'GET', `/api/1/harvest/sources/?organization=${org}&page=5`)).status,
    ).toBe(404)
    // by id or slug
    const first = obj(live.data[0])
    const bySlug = obj((await call(sb, 'GET', `/api/1/harvest/source/${String(first.slug)}/`)).body)
    expect(bySlug.id).toBe(first.id)
  })

  it('permissions by role: admins edit/delete/run, editors preview, validate/schedule for sysadmins', async () => {
    const sb = small()
    const org = orgOf(sb)
    const perms = async (account: string) =>
      obj(
        page(
          (
            await call(sb, 'GET', `/api/1/harvest/sources/?organization=${org}`, {
              key: keyOf(sb, account),
            })
          ).body,
        ).data[0]?.permissions,
      )
    expect(await perms('admin')).toEqual({
      delete: true,
      edit: true,
      preview: true,
      run: true,
      schedule: false,
      validate: false,
    })
    expect(await perms('editor')).toEqual({
      delete: false,
      edit: false,
      preview: true,
      run: false,
      schedule: false,
      validate: false,
    })
    // the organization's own `permissions.harvest` is for admins only
    const orgAs = async (account: string) =>
      obj(
        obj(
          (await call(sb, 'GET', `/api/1/organizations/${org}/`, { key: keyOf(sb, account) })).body,
        ).permissions,
      ).harvest
    expect(await orgAs('admin')).toBe(true)
    expect(await orgAs('editor')).toBe(false)
  })

  it('the DCAT source’s last job ended with errors: failed items with their errors, details hidden', async () => {
    const sb = small()
    const org = orgOf(sb)
    const sources = page(
      (await call(sb, 'GET', `/api/1/harvest/sources/?organization=${org}`)).body,
    )
    const dcat = obj(sources.data.find((s) => s.backend === 'dcat'))
    const last = obj(dcat.last_job)
    expect(last.status).toBe('done-errors')
    const link = obj(last.items)
    expect(link.href).toMatch(new RegExp(`/api/1/harvest/job/${String(last.id)}/items/$`))
    const failed = obj(link.by_status).failed as number
    expect(failed).toBeGreaterThan(0)
    const jobs = page(
      (await call(sb, 'GET', `/api/1/harvest/source/${String(dcat.id)}/jobs/`)).body,
    )
    expect(jobs.data[0]?.id).toBe(last.id)
    expect(jobs.data.some((j) => j.status === 'failed')).toBe(true)
    const items = page(
      (await call(sb, 'GET', `/api/1/harvest/job/${String(last.id)}/items/?status=failed`)).body,
    )
    expect(items.total).toBe(failed)
    const errors = items.data.flatMap((i) => arr(i.errors).map(obj))
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((e) => typeof e.message === 'string' && e.details === null)).toBe(true)
    // some failed items update a harvested dataset, which points back to this source
    const withDataset = items.data.find((i) => i.dataset !== null)
    const ds = obj(
      (await call(sb, 'GET', `/api/1/datasets/${String(obj(withDataset?.dataset).id)}/`)).body,
    )
    expect(obj(ds.harvest).source_id).toBe(dcat.id)
    const bad = await call(sb, 'GET', `/api/1/harvest/job/${String(last.id)}/items/?status=broken`)
    expect(bad.status).toBe(400)
    expect(obj(obj(bad.body).errors)).toHaveProperty('status')
    expect(
      (await call(sb, 'GET', `/api/1/harvest/job/${String(last.id)}/items/?status=failed&page=9`))
        .status,
    ).toBe(404)
    expect((await call(sb, 'GET', '/api/1/harvest/job/000000000000000000000000/')).status).toBe(404)
  })

  it('every harvested dataset of the seed points to a live source of its organization', async () => {
    const sb = small()
    const org = orgOf(sb)
    const sources = page(
      (await call(sb, 'GET', `/api/1/harvest/sources/?organization=${org}`)).body,
    ).data.map((s) => s.id)
    const datasets = page(
      (await call(sb, 'GET', `/api/1/datasets/?organization=${org}&page_size=100`)).body,
    ).data.filter((d) => d.harvest !== null)
    expect(datasets.length).toBeGreaterThan(0)
    expect(datasets.every((d) => sources.includes(obj(d.harvest).source_id))).toBe(true)
  })
})
