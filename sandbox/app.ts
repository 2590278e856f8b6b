// The udata sandbox: a web-standard fetch handler that behaves like data.gouv.fr's API.
// Used in-process by component tests and served over HTTP by sandbox/cli.ts.
import { authenticate, requestKey } from './auth.ts'
import type { Ctx } from './context.ts'
import {
  DroppedConnectionError,
  FaultInjector,
  FaultsError,
  noFaults,
  faultResponse,
  type Faults,
} from './faults.ts'
import { HttpError, MESSAGES, corsPreflight, json, jsonBodyOf, plain, withCors } from './http.ts'
import { applyMask, maskOf } from './masks.ts'
import type { Lang } from './reference.ts'
import { Router } from './router.ts'
import { createSandboxUser } from './sandbox-users.ts'
import { registerActivityRoutes } from './routes/activity.ts'
import { registerCommunityRoutes } from './routes/community.ts'
import { registerDataserviceRoutes } from './routes/dataservices.ts'
import { registerContactRoutes } from './routes/contacts.ts'
import { registerDatasetRoutes } from './routes/datasets.ts'
import { registerDiscussionRoutes } from './routes/discussions.ts'
import { registerMemberRoutes } from './routes/members.ts'
import { registerFileRoutes } from './routes/files.ts'
import { registerHarvestRoutes } from './routes/harvest.ts'
import { registerNotificationRoutes } from './routes/notifications.ts'
import { registerOrganizationRoutes } from './routes/organizations.ts'
import { registerReferenceRoutes } from './routes/reference.ts'
import { registerResourceRoutes } from './routes/resources.ts'
import { registerReuseRoutes } from './routes/reuses.ts'
import { registerTransferRoutes } from './routes/transfers.ts'
import { registerOrganizationProfileRoutes } from './routes/organization-profile.ts'
import { type SeededAccount, accountsFromState, generateSeed } from './seed/index.ts'
import { Db } from './store.ts'
import type { State } from './types.ts'
import { isRecord } from './util.ts'

export type { SeededAccount } from './seed/index.ts'

export type SandboxOptions = {
  seed?: number
  latencyMs?: number
  jitterMs?: number
  failRate?: number
  maxUploadBytes?: number
  scale?: 'full' | 'small'
  /** a state previously passed to onChange (restored JSON) */
  state?: unknown
  /** called after every write with the live state (the CLI debounces and persists it) */
  onChange?: (state: unknown) => void
}

export type Sandbox = {
  fetch: (request: Request) => Promise<Response>
  reset: () => void
  accounts: SeededAccount[]
}

const defaultMaxUpload = 100 * 1024 * 1024

function isState(value: unknown, seed: number, scale: string): value is State {
  return (
    isRecord(value) &&
    value.version === 3 &&
    value.seed === seed &&
    value.scale === scale &&
    Array.isArray(value.datasets) &&
    Array.isArray(value.membership_requests)
  )
}

/** A write (POST, PUT, PATCH, DELETE) that reached udata's handlers, and what it answered. */
export type SandboxWrite = { method: string; path: string; status: number }

function buildRouter(): Router {
  const router = new Router()
  registerReferenceRoutes(router)
  registerOrganizationRoutes(router)
  // before the dataset routes: /datasets/community_resources/ is not a dataset slug
  registerCommunityRoutes(router)
  registerDatasetRoutes(router)
  registerResourceRoutes(router)
  registerReuseRoutes(router)
  registerDataserviceRoutes(router)
  registerDiscussionRoutes(router)
  registerActivityRoutes(router)
  registerNotificationRoutes(router)
  registerMemberRoutes(router)
  registerFileRoutes(router)
  registerHarvestRoutes(router)
  registerContactRoutes(router)
  registerTransferRoutes(router)
  registerOrganizationProfileRoutes(router)
  return router
}

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve()

/** Paths that go through faults and latency (everything a client of udata would reach). */
function isFaultable(pathname: string): boolean {
  return (
    pathname.startsWith('/api/') ||
    pathname.startsWith('/static/') ||
    pathname.startsWith('/fr/datasets/r/')
  )
}

function isUpload(method: string, pathname: string): boolean {
  return (
    method === 'POST' &&
    (/\/upload\/(community\/)?$/.test(pathname) ||
      pathname.endsWith('/image/') ||
      pathname.endsWith('/logo/'))
  )
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const seed = options.seed ?? 1
  const scale = options.scale ?? 'full'
  const maxUploadBytes = options.maxUploadBytes ?? defaultMaxUpload
  const restored = isState(options.state, seed, scale) ? options.state : null
  let db = new Db(restored ?? generateSeed(seed, scale).state)
  const faults = new FaultInjector(seed, {
    latency_ms: options.latencyMs ?? 0,
    jitter_ms: options.jitterMs ?? 0,
    error_rate: options.failRate ?? 0,
  })
  // Faults set with an X-API-KEY apply only to requests bearing that key, so tests that run in
  // parallel against one sandbox each break their own traffic and nobody else's.
  const scopedFaults = new Map<string, FaultInjector>()
  // The writes each key got handled (past the faults): lets a test prove none was applied twice.
  const writesByKey = new Map<string, SandboxWrite[]>()
  const router = buildRouter()
  const notify = () => options.onChange?.(db.state)

  const sandbox: Sandbox = {
    accounts: accountsFromState(db.state),
    reset() {
      db = new Db(generateSeed(seed, scale).state)
      scopedFaults.clear()
      writesByKey.clear()
      sandbox.accounts = accountsFromState(db.state)
      notify()
    },
    fetch: async (request: Request) => {
      let url: URL
      try {
        url = new URL(request.url)
      } catch {
        return withCors(json({ message: 'Bad request URL' }, 400))
      }
      // CORS pre-flights are answered before routing (udata/cors.py), even for unknown URLs
      if (request.method === 'OPTIONS' && request.headers.get('Access-Control-Request-Method')) {
        return corsPreflight(request)
      }
      if (url.pathname.startsWith('/_sandbox/')) return withCors(await sandboxRoute(request, url))

      const key = requestKey(request)
      if (isFaultable(url.pathname)) {
        const injector = (key !== null && scopedFaults.get(key)) || faults
        const decision = injector.decide(
          request.method,
          url.pathname,
          isUpload(request.method, url.pathname),
        )
        await sleep(decision.delayMs)
        if (decision.kind === 'drop') throw new DroppedConnectionError()
        if (decision.kind === 'status')
          return withCors(faultResponse(decision.status, decision.retryAfter, decision.message))
      }
      const response = await handle(request, url)
      if (key !== null && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
        const writes = writesByKey.get(key) ?? []
        writes.push({ method: request.method, path: url.pathname, status: response.status })
        writesByKey.set(key, writes)
      }
      return withCors(response)
    },
  }

  async function sandboxRoute(request: Request, url: URL): Promise<Response> {
    const route = `${request.method} ${url.pathname.replace(/\/$/, '')}`
    try {
      switch (route) {
        case 'GET /_sandbox/health':
          return json({ status: 'ok', seed, scale, datasets: db.state.datasets.length })
        case 'GET /_sandbox/accounts':
          return json(sandbox.accounts)
        case 'GET /_sandbox/faults': {
          const key = requestKey(request)
          return json((key === null ? faults.faults : scopedFaults.get(key)?.faults) ?? noFaults)
        }
        case 'PUT /_sandbox/faults':
        case 'POST /_sandbox/faults': {
          const body = await jsonBody(request, 'faults must be JSON')
          const key = requestKey(request)
          if (key === null) return json(faults.set(body) satisfies Faults)
          if (!db.tokensByKey.has(key)) return json({ message: 'Unknown API key' }, 400)
          // A new injector per PUT: set() restarts the PRNG anyway, so nothing carries over.
          const injector = new FaultInjector(seed)
          const set = injector.set(body)
          scopedFaults.set(key, injector)
          return json(set)
        }
        case 'GET /_sandbox/writes': {
          const key = requestKey(request)
          if (key === null) return json({ message: 'X-API-KEY is required' }, 400)
          return json(writesByKey.get(key) ?? [])
        }
        case 'POST /_sandbox/keys': {
          const body = await jsonBody(request, 'body must be JSON: {"account": "<id>"}')
          const seeded = sandbox.accounts.find((a) => isRecord(body) && a.id === body.account)
          if (!seeded)
            return json({ message: 'account must be one of the seeded account ids' }, 400)
          const token = db.addToken(seeded.user_id, `Clé ${seeded.id} (sandbox)`)
          notify()
          return json({ ...seeded, api_key: token.token, key_status: token.status }, 201)
        }
        case 'POST /_sandbox/users': {
          const body = await jsonBody(
            request,
            'body must be JSON: {"first_name"?, "last_name"?, "email"?}',
          )
          const created = createSandboxUser(db, body)
          notify()
          return json(created, 201)
        }
        case 'POST /_sandbox/reset':
          sandbox.reset()
          return json({ status: 'reset', seed })
        default:
          return json({ message: MESSAGES.notFound }, 404)
      }
    } catch (error) {
      if (error instanceof FaultsError) return json({ message: error.message }, 400)
      if (error instanceof HttpError) return error.response
      console.error('[sandbox] internal error', error)
      return json({ message: MESSAGES.internal }, 500)
    }
  }

  async function jsonBody(request: Request, message: string): Promise<unknown> {
    try {
      return JSON.parse(await request.text()) as unknown
    } catch {
      throw new HttpError(json({ message }, 400))
    }
  }

  async function handle(request: Request, url: URL): Promise<Response> {
    try {
      const method = request.method === 'HEAD' ? 'GET' : request.method
      let match = router.match(method, url.pathname)
      if (match.kind === 'none' && !url.pathname.endsWith('/')) {
        // werkzeug strict slashes: /api/1/datasets → 308 /api/1/datasets/
        const withSlash = router.match(method, `${url.pathname}/`)
        if (withSlash.kind !== 'none') {
          const location = new URL(url.href)
          location.pathname = `${url.pathname}/`
          return new Response(null, { status: 308, headers: { Location: location.href } })
        }
      }
      if (request.method === 'OPTIONS' && match.kind !== 'none') {
        return new Response(null, {
          status: 200,
          headers: { Allow: match.kind === 'found' ? 'GET, HEAD, OPTIONS' : '' },
        })
      }
      if (match.kind === 'none') match = router.match(method, url.pathname)
      if (match.kind === 'none') throw plain(404, MESSAGES.notFound)
      if (match.kind === 'method-not-allowed') {
        return json({ message: MESSAGES.methodNotAllowed }, 405, {
          Allow: match.allowed.join(', '),
        })
      }
      const langParam = url.searchParams.get('lang')
      const lang: Lang = langParam === 'en' ? 'en' : 'fr'
      const ctx: Ctx = {
        request,
        url,
        origin: url.origin,
        db,
        user: url.pathname.startsWith('/api/') ? authenticate(db, request) : null,
        lang,
        params: match.params,
        fullObjects: (request.headers.get('X-Get-Datasets-Full-Objects') ?? '') !== '',
        maxUploadBytes,
        maxJsonBytes: maxUploadBytes,
        // a write's own answer must not be a value kept before its change (a read served
        // while its body arrived): the change itself drops what was kept
        changed: () => {
          db.writes += 1
          notify()
        },
      }
      const maskHeader = request.headers.get('X-Fields')
      const mask = maskHeader ? maskOf(maskHeader) : null
      // Before the handler, and after it (below): a read served while a write is under way
      // may derive from the state before that write, and must not be kept past it.
      const writes = method !== 'GET'
      if (writes) db.writes += 1
      let response: Response
      try {
        response = await match.handler(ctx)
      } finally {
        if (writes) db.writes += 1
      }
      if (
        !mask ||
        !(response.headers.get('Content-Type') ?? '').includes('json') ||
        response.status >= 300
      ) {
        return request.method === 'HEAD' ? new Response(null, response) : response
      }
      // Masked from the value itself, in the same tick as the handler answered: parsing back
      // the JSON just written cost more than the handler on a page of datasets.
      const body = jsonBodyOf(response)?.body ?? ((await response.json()) as unknown)
      return json(applyMask(body, mask), response.status, response.headers)
    } catch (error) {
      if (error instanceof HttpError) return error.response
      // the sandbox's own bugs must not surface as raw crashes: log and answer like udata
      console.error('[sandbox] internal error', request.method, url.pathname, error)
      return json({ message: MESSAGES.internal }, 500)
    }
  }

  return sandbox
}
