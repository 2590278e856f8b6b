// What the sandbox keeps between writes (`Db.untilNextWrite`, the datasets' kept JSON) must not
// outlive a change, even one made by a write that was under way when the value was kept.
import { describe, expect, it } from 'vitest'
import { ORIGIN, call, keyOf, obj, orgOf, page, small } from './test-client.ts'

describe('values kept between writes', () => {
  it('a PUT answers the dataset it saved, though a GET read it while its body arrived', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    const listed = page(
      (await call(sb, 'GET', `/api/1/datasets/?organization=${orgOf(sb)}`, { key })).body,
    )
    const id = String(listed.data[0]?.id)
    const path = `/api/1/datasets/${id}/`
    let send: (text: string) => void = () => undefined
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (text) => {
          controller.enqueue(new TextEncoder().encode(text))
          controller.close()
        }
      },
    })
    const put = sb.fetch(
      new Request(`${ORIGIN}${path}`, {
        method: 'PUT',
        headers: { 'X-API-KEY': key, 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    )
    // read while the PUT waits for its body: kept until the PUT's end at the latest
    expect(obj((await call(sb, 'GET', path, { key })).body).title).not.toBe('Titre changé')
    send(JSON.stringify({ title: 'Titre changé' }))
    const response = await put
    expect(response.status).toBe(200)
    expect(obj(await response.json()).title).toBe('Titre changé')
    expect(obj((await call(sb, 'GET', path, { key })).body).title).toBe('Titre changé')
  })
})
