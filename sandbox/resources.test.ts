// Resources: v2 list, remote create, uploads (single, chunked, replace), update, delete, reorder.
import { describe, expect, it } from 'vitest'
import { ORIGIN, arr, call, keyOf, obj, orgOf, page, postMultipart, small } from './test-client.ts'

async function editableDataset(sb: ReturnType<typeof small>) {
  const p = page(
    (await call(sb, 'GET', `/api/2/datasets/?organization=${orgOf(sb)}&sort=-created`)).body,
  )
  const ds = p.data.find(
    (d) => !d.private && !d.deleted && !d.archived && (obj(d.resources).total as number) >= 2,
  )
  if (!ds) throw new Error('no dataset')
  return String(ds.id)
}

/** One whole file to the dataset's upload endpoint. */
function uploadFile(
  sb: ReturnType<typeof small>,
  id: string,
  key: string,
  file: { filename: string; data: string },
) {
  return postMultipart(sb, `/api/1/datasets/${id}/upload/`, key, {}, file)
}

describe('resources', () => {
  it('v2 list is paginated (default 50) with type and q filters and hand-built links', async () => {
    const sb = small()
    const huge = page((await call(sb, 'GET', '/api/2/datasets/?q=relevés+horaires')).body).data[0]
    const id = String(huge?.id)
    const p = page((await call(sb, 'GET', `/api/2/datasets/${id}/resources/`)).body)
    expect(p.page_size).toBe(50)
    expect(p.total).toBeGreaterThanOrEqual(1000)
    expect(p.next_page).toBe(`${ORIGIN}/api/2/datasets/${id}/resources/?page=2&page_size=50`)
    const docs = page(
      (await call(sb, 'GET', `/api/2/datasets/${id}/resources/?type=documentation&page_size=10`))
        .body,
    )
    expect(docs.data.every((r) => r.type === 'documentation')).toBe(true)
    expect((await call(sb, 'GET', `/api/2/datasets/${id}/resources/?page=999`)).status).toBe(404)
  })

  it('POST creates remote resources only, prepended; filetype check', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = await editableDataset(sb)
    const noType = await call(sb, 'POST', `/api/1/datasets/${id}/resources/`, {
      key,
      json: { title: 'x', url: 'https://example.org/a.csv' },
    })
    expect(noType.body).toEqual({ message: 'This endpoint only supports remote resources' })
    const badUrl = await call(sb, 'POST', `/api/1/datasets/${id}/resources/`, {
      key,
      json: { filetype: 'remote', title: 'x', url: 'http://localhost/a' },
    })
    expect(badUrl.status).toBe(400)
    expect(arr(obj(obj(badUrl.body).errors).url)[0]).toMatch(/^Invalid URL/)
    const ok = await call(sb, 'POST', `/api/1/datasets/${id}/resources/`, {
      key,
      json: {
        filetype: 'remote',
        title: 'API',
        url: 'https://example.org/api',
        type: 'api',
        format: ' JSON ',
      },
    })
    expect(ok.status).toBe(201)
    expect(obj(ok.body)).toMatchObject({ filetype: 'remote', format: 'json', type: 'api' })
    const first = page((await call(sb, 'GET', `/api/2/datasets/${id}/resources/?page_size=1`)).body)
      .data[0]
    expect(first?.id).toBe(obj(ok.body).id)
  })

  it('single upload: 201, sha1 checksum, served back with its content type', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = await editableDataset(sb)
    const res = await uploadFile(sb, id, key, { filename: 'données.csv', data: 'a,b\n1,2\n' })
    expect(res.status).toBe(201)
    const r = obj(res.body)
    expect(r).toMatchObject({
      success: true,
      filetype: 'file',
      type: 'main',
      title: 'données.csv',
      format: 'csv',
      filesize: 8,
      mime: 'text/csv',
    })
    expect(obj(r.checksum).type).toBe('sha1')
    expect(String(obj(r.checksum).value)).toMatch(/^[0-9a-f]{40}$/)
    const file = await call(sb, 'GET', String(r.url).replace(ORIGIN, ''))
    expect(file.status).toBe(200)
    expect(file.text).toBe('a,b\n1,2\n')
    expect(file.headers.get('Content-Type')).toBe('text/csv')
    const latest = await call(sb, 'GET', `/fr/datasets/r/${String(r.id)}`)
    expect(latest.status).toBe(302)
    expect(latest.headers.get('Location')).toBe(r.url)
  })

  it('computes the real sha1', async () => {
    const sb = small()
    const id = await editableDataset(sb)
    const res = await uploadFile(sb, id, keyOf(sb, 'admin'), { filename: 'abc.txt', data: 'abc' })
    expect(obj(obj(res.body).checksum).value).toBe('a9993e364706816aba3e25717850c26c9cd0d89d')
  })

  it('upload refuses HTML content (415), disallowed extensions (400), missing file, oversize (413)', async () => {
    const sb = small({ maxUploadBytes: 2000 })
    const key = keyOf(sb, 'admin')
    const id = await editableDataset(sb)
    const html = await uploadFile(sb, id, key, {
      filename: 'page.csv',
      data: '<!DOCTYPE html><html><body>x</body></html>',
    })
    expect(html.status).toBe(415)
    expect(html.body).toEqual({ message: 'Incorrect file content type: HTML' })
    const exe = await uploadFile(sb, id, key, { filename: 'virus.exe', data: 'MZ' })
    expect(exe.status).toBe(400)
    expect(String(obj(exe.body).message)).toMatch(/^This file type is not allowed/)
    const missing = await postMultipart(sb, `/api/1/datasets/${id}/upload/`, key, { foo: 'bar' })
    expect(missing.body).toEqual({ success: false, error: 'Missing file parameter' })
    const big = await uploadFile(sb, id, key, { filename: 'big.csv', data: 'x'.repeat(5000) })
    expect(big.status).toBe(413)
  })

  it('chunked protocol: chunks answer {success:true}, size mismatch 400, final request combines', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = await editableDataset(sb)
    const parts = ['col1,col2\n', '1,2\n', '3,4\n']
    const uuid = '5b0e1c3a-7d4e-4a51-9b8c-1d2e3f4a5b6c'
    // one part of big.csv in three, `chunksize` being what the client claims the part weighs
    const sendPart = (index: number, offset: number, chunksize: number, data: string) =>
      postMultipart(
        sb,
        `/api/1/datasets/${id}/upload/`,
        key,
        {
          uuid,
          filename: 'big.csv',
          partindex: String(index),
          partbyteoffset: String(offset),
          totalparts: '3',
          chunksize: String(chunksize),
        },
        { filename: 'blob', data },
      )
    const mismatch = await sendPart(0, 0, 999, parts[0] ?? '')
    expect(mismatch.body).toEqual({ success: false, error: 'Chunk size mismatch' })
    let offset = 0
    for (const [index, part] of parts.entries()) {
      const res = await sendPart(index, offset, part.length, part)
      expect(res.body).toEqual({ success: true })
      offset += part.length
    }
    const done = await postMultipart(sb, `/api/1/datasets/${id}/upload/`, key, {
      uuid,
      filename: 'big.csv',
      totalparts: '3',
    })
    expect(done.status).toBe(201)
    expect(obj(done.body)).toMatchObject({ title: 'big.csv', filesize: parts.join('').length })
    expect((await call(sb, 'GET', String(obj(done.body).url).replace(ORIGIN, ''))).text).toBe(
      parts.join(''),
    )
  })

  it('replace file keeps the resource id (200); PUT protects hosted fields, filetype change 400, extras replaced', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = await editableDataset(sb)
    const created = obj(
      (await uploadFile(sb, id, key, { filename: 'v1.csv', data: 'a\n1\n' })).body,
    )
    const rid = String(created.id)
    const replaced = await postMultipart(
      sb,
      `/api/1/datasets/${id}/resources/${rid}/upload/`,
      key,
      {},
      { filename: 'v2.json', data: '{"a":1}' },
    )
    expect(replaced.status).toBe(200)
    expect(obj(replaced.body)).toMatchObject({ id: rid, format: 'json', filesize: 7 })
    const put = await call(sb, 'PUT', `/api/1/datasets/${id}/resources/${rid}/`, {
      key,
      json: { title: 'Titre', url: 'https://evil.example/x', filesize: 1, extras: { mine: true } },
    })
    expect(obj(put.body)).toMatchObject({ title: 'Titre', filesize: 7, extras: { mine: true } })
    expect(String(obj(put.body).url)).toContain('/static/resources/')
    const ft = await call(sb, 'PUT', `/api/1/datasets/${id}/resources/${rid}/`, {
      key,
      json: { filetype: 'remote' },
    })
    expect(ft.body).toEqual({ message: 'Cannot modify filetype after creation' })
  })

  it('DELETE removes the resource (204) and its file; reorder needs the full list', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const id = await editableDataset(sb)
    const list = page(
      (await call(sb, 'GET', `/api/2/datasets/${id}/resources/?page_size=500`)).body,
    ).data
    const ids = list.map((r) => String(r.id))
    const partial = await call(sb, 'PUT', `/api/1/datasets/${id}/resources/`, {
      key,
      json: ids.slice(1),
    })
    expect(partial.status).toBe(400)
    expect(String(obj(partial.body).message)).toMatch(/^All resources must be reordered/)
    const reversed = [...ids].reverse()
    const ok = await call(sb, 'PUT', `/api/1/datasets/${id}/resources/`, {
      key,
      json: reversed.map((rid) => ({ id: rid })),
    })
    expect(arr(ok.body).map((r) => obj(r).id)).toEqual(reversed)
    expect(
      (await call(sb, 'DELETE', `/api/1/datasets/${id}/resources/${reversed[0] ?? ''}/`, { key }))
        .status,
    ).toBe(204)
    expect(
      (await call(sb, 'GET', `/api/1/datasets/${id}/resources/${reversed[0] ?? ''}/`)).status,
    ).toBe(404)
    expect(
      (
        await call(sb, 'DELETE', `/api/1/datasets/${id}/resources/${reversed[1] ?? ''}/`, {
          key: keyOf(sb, 'other-org-member'),
        })
      ).status,
    ).toBe(403)
  })
})
