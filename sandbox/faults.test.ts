// Every fault mode: latency, jitter, error rate, 429 Retry-After, drops, rules with count,
// upload delay; sandbox routes are never faulted.
import { describe, expect, it } from 'vitest'
import { createSandbox } from './app.ts'
import { FaultInjector } from './faults.ts'
import { call, keyOf, obj, orgOf, small } from './test-client.ts'

const put = (sb: ReturnType<typeof small>, faults: unknown) =>
  call(sb, 'PUT', '/_sandbox/faults', { json: faults })

/** How long `work` takes, in ms. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

describe('faults', () => {
  it('GET returns the current faults; PUT validates its input', async () => {
    const sb = small()
    expect(obj((await call(sb, 'GET', '/_sandbox/faults')).body)).toMatchObject({
      latency_ms: 0,
      error_rate: 0,
      rules: [],
    })
    expect((await put(sb, { error_rate: 2 })).status).toBe(400)
    expect((await put(sb, { rules: [{}] })).status).toBe(400)
    const ok = await put(sb, {
      latency_ms: 5,
      rules: [{ path: '/api/1/me/', status: 503, count: 2 }],
    })
    expect(obj(ok.body)).toMatchObject({
      latency_ms: 5,
      rules: [{ path: '/api/1/me/', status: 503, count: 2 }],
    })
  })

  it('latency delays API answers but never /_sandbox/ routes', async () => {
    const sb = small({ latencyMs: 80 })
    const apiRead = () => call(sb, 'GET', '/api/1/datasets/frequencies/')
    expect(await timed(apiRead)).toBeGreaterThanOrEqual(75)
    expect(await timed(() => call(sb, 'GET', '/_sandbox/health'))).toBeLessThan(60)
  })

  it('jitter adds a random share of jitter_ms', async () => {
    const sb = small()
    await put(sb, { jitter_ms: 40 })
    const elapsed = await timed(async () => {
      for (let i = 0; i < 5; i++) await call(sb, 'GET', '/api/1/datasets/frequencies/')
    })
    expect(elapsed).toBeGreaterThan(10)
    expect(elapsed).toBeLessThan(5 * 40 + 200)
  })

  it('error_rate gives 500/502/503 reproducibly (seeded PRNG), with CORS headers', async () => {
    const run = async () => {
      const sb = createSandbox({ scale: 'small', failRate: 0.3 })
      const statuses: number[] = []
      for (let i = 0; i < 60; i++)
        statuses.push((await call(sb, 'GET', '/api/1/datasets/frequencies/')).status)
      return statuses
    }
    const a = await run()
    const b = await run()
    expect(a).toEqual(b)
    const failures = a.filter((s) => s !== 200)
    expect(failures.length).toBeGreaterThan(8)
    expect(failures.length).toBeLessThan(30)
    expect(new Set(failures)).toEqual(new Set([500, 502, 503]))
    const sb = createSandbox({ scale: 'small', failRate: 1 })
    const res = await call(sb, 'GET', '/api/1/datasets/frequencies/')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.body).toHaveProperty('message')
  })

  it('rate_limit_rate answers 429 with Retry-After, exposed to browsers', async () => {
    const sb = small()
    await put(sb, { rate_limit_rate: 1, retry_after: 2 })
    const res = await call(sb, 'GET', '/api/1/datasets/frequencies/')
    expect(res.status).toBe(429)
    expect(res.headers.get('Retry-After')).toBe('2')
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('drop_rate rejects the in-process fetch with a TypeError, like a network failure', async () => {
    const sb = small()
    await put(sb, { drop_rate: 1 })
    await expect(sb.fetch(new Request('http://127.0.0.1:3001/api/1/me/'))).rejects.toBeInstanceOf(
      TypeError,
    )
    expect((await call(sb, 'GET', '/_sandbox/health')).status).toBe(200)
  })

  it('rules match method + path (substring or regex), apply `count` times, then are spent', async () => {
    const sb = small()
    await put(sb, {
      rules: [
        { method: 'PUT', path: '^/api/1/datasets/[0-9a-f]{24}/$', status: 503, count: 2 },
        { path: '/datasets/licenses/', status: 429, retry_after: 7, count: 1 },
      ],
    })
    const lic1 = await call(sb, 'GET', '/api/1/datasets/licenses/')
    expect(lic1.status).toBe(429)
    expect(lic1.headers.get('Retry-After')).toBe('7')
    expect((await call(sb, 'GET', '/api/1/datasets/licenses/')).status).toBe(200)
    const id = '0123456789abcdef01234567'
    expect((await call(sb, 'PUT', `/api/1/datasets/${id}/`, { json: {} })).status).toBe(503)
    expect((await call(sb, 'GET', `/api/1/datasets/${id}/`)).status).toBe(404) // GET not matched
    expect((await call(sb, 'PUT', `/api/1/datasets/${id}/`, { json: {} })).status).toBe(503)
    expect((await call(sb, 'PUT', `/api/1/datasets/${id}/`, { json: {} })).status).toBe(401) // spent
    expect(obj((await call(sb, 'GET', '/_sandbox/faults')).body).rules).toEqual([])
  })

  it('rules can drop a connection or only delay it', async () => {
    const sb = small()
    await put(sb, {
      rules: [
        { path: '/api/1/me/', drop: true, count: 1 },
        { path: '/frequencies/', delay_ms: 60 },
      ],
    })
    await expect(sb.fetch(new Request('http://127.0.0.1:3001/api/1/me/'))).rejects.toThrow(
      TypeError,
    )
    const elapsed = await timed(async () => {
      expect((await call(sb, 'GET', '/api/1/datasets/frequencies/')).status).toBe(200)
    })
    expect(elapsed).toBeGreaterThanOrEqual(55)
  })

  it('upload_delay_ms slows upload requests only', async () => {
    const sb = small()
    await put(sb, { upload_delay_ms: 80 })
    const upload = () => call(sb, 'POST', '/api/1/datasets/0123456789abcdef01234567/upload/')
    expect(await timed(upload)).toBeGreaterThanOrEqual(75)
    expect(await timed(() => call(sb, 'GET', '/api/1/datasets/frequencies/'))).toBeLessThan(60)
  })

  it('POST /_sandbox/reset restores the seeded state', async () => {
    const sb = small()
    const key = sb.accounts[0]?.api_key ?? ''
    const created = await call(sb, 'POST', '/api/1/datasets/', {
      key,
      json: { title: 'Temp', description: 'x' },
    })
    const id = String(obj(created.body).id)
    expect((await call(sb, 'GET', `/api/1/datasets/${id}/`)).status).toBe(200)
    expect((await call(sb, 'POST', '/_sandbox/reset')).status).toBe(200)
    expect((await call(sb, 'GET', `/api/1/datasets/${id}/`)).status).toBe(404)
  })

  it('POST /_sandbox/keys mints a working key for a seeded account', async () => {
    const sb = small()
    expect((await call(sb, 'POST', '/_sandbox/keys', { json: { account: 'nobody' } })).status).toBe(
      400,
    )
    const minted = await call(sb, 'POST', '/_sandbox/keys', { json: { account: 'editor' } })
    expect(minted.status).toBe(201)
    const key = String(obj(minted.body).api_key)
    expect(key).toMatch(/^udata_[\w-]{64}$/)
    expect(key).not.toBe(keyOf(sb, 'editor'))
    const me = await call(sb, 'GET', '/api/1/me/', { key })
    expect(me.status).toBe(200)
    expect(obj(me.body).id).toBe(obj(minted.body).user_id)
  })

  it('faults set with an X-API-KEY break only requests bearing that key', async () => {
    const sb = small()
    const scoped = String(
      obj((await call(sb, 'POST', '/_sandbox/keys', { json: { account: 'admin' } })).body).api_key,
    )
    const other = keyOf(sb, 'admin')
    const rules = [{ path: '/api/1/me/', status: 503 }]
    expect(
      (await call(sb, 'PUT', '/_sandbox/faults', { key: 'udata_unknown', json: {} })).status,
    ).toBe(400)
    expect(
      (await call(sb, 'PUT', '/_sandbox/faults', { key: scoped, json: { rules } })).status,
    ).toBe(200)
    expect((await call(sb, 'GET', '/api/1/me/', { key: scoped })).status).toBe(503)
    expect((await call(sb, 'GET', '/api/1/me/', { key: other })).status).toBe(200)
    expect((await call(sb, 'GET', '/api/1/me/')).status).toBe(401)
    expect(obj((await call(sb, 'GET', '/_sandbox/faults')).body).rules).toEqual([])
    expect(obj((await call(sb, 'GET', '/_sandbox/faults', { key: scoped })).body).rules).toEqual(
      rules,
    )
    await call(sb, 'PUT', '/_sandbox/faults', { key: scoped, json: {} })
    expect((await call(sb, 'GET', '/api/1/me/', { key: scoped })).status).toBe(200)
  })

  it('a rule with duration_ms applies from its first match for that long: an outage', () => {
    let now = 1_000
    const injector = new FaultInjector(1, {}, () => now)
    injector.set({ rules: [{ path: '/api/', status: 503, duration_ms: 60_000 }] })
    now = 50_000 // the clock before the first match does not count
    expect(injector.decide('PUT', '/api/1/datasets/x/', false)).toMatchObject({ status: 503 })
    now += 59_999
    expect(injector.decide('GET', '/api/1/me/', false)).toMatchObject({ status: 503 })
    now += 1
    expect(injector.decide('GET', '/api/1/me/', false)).toMatchObject({ kind: 'pass' })
    expect(injector.decide('GET', '/api/1/me/', false)).toMatchObject({ kind: 'pass' })
    expect(injector.faults.rules).toEqual([])
  })

  it('a 401 rule answers like udata to a key it no longer accepts', async () => {
    const sb = small()
    const key = keyOf(sb, 'admin')
    await put(sb, { rules: [{ method: 'PUT', path: '/api/1/datasets/', status: 401 }] })
    const refused = await call(sb, 'PUT', '/api/1/datasets/0123456789abcdef01234567/', {
      key,
      json: {},
    })
    expect(refused.status).toBe(401)
    expect(refused.body).toEqual({ message: 'Invalid API token' })
    expect((await call(sb, 'GET', '/api/1/me/', { key })).status).toBe(200)
  })

  it('GET /_sandbox/writes lists the writes a key got handled, not those faults refused', async () => {
    const sb = small()
    const key = String(
      obj((await call(sb, 'POST', '/_sandbox/keys', { json: { account: 'admin' } })).body).api_key,
    )
    const organization = orgOf(sb)
    await call(sb, 'PUT', '/_sandbox/faults', {
      key,
      json: { rules: [{ method: 'POST', path: '/api/1/datasets/', status: 503, count: 1 }] },
    })
    const dataset = { title: 'Écrit une fois', description: 'x', organization }
    expect((await call(sb, 'POST', '/api/1/datasets/', { key, json: dataset })).status).toBe(503)
    expect((await call(sb, 'POST', '/api/1/datasets/', { key, json: dataset })).status).toBe(201)
    await call(sb, 'GET', '/api/1/me/', { key })
    expect((await call(sb, 'GET', '/_sandbox/writes', { key })).body).toEqual([
      { method: 'POST', path: '/api/1/datasets/', status: 201 },
    ])
    expect((await call(sb, 'GET', '/_sandbox/writes', { key: keyOf(sb, 'editor') })).body).toEqual(
      [],
    )
    expect((await call(sb, 'GET', '/_sandbox/writes')).status).toBe(400)
  })
})
