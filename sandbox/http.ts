// HTTP helpers: udata's error shapes, pagination envelope, JSON body parsing, CORS.
import type { PaginatedArray } from '../src/api/pagination.ts'
import type { Lang } from './reference.ts'
import { isRecord } from './util.ts'

/** Thrown by handlers to answer early with a prepared response. */
export class HttpError extends Error {
  readonly response: Response
  constructor(response: Response) {
    super(`HTTP ${response.status}`)
    this.response = response
  }
}

/** The value each `json()` answer was made from, so that a field mask need not parse it back. */
const jsonBodies = new WeakMap<Response, unknown>()

/**
 * The JSON text of values kept between requests (a dataset as one user sees it until the next
 * write), written once: a page of 100 datasets is then mostly joined, not serialised again.
 * A remembered value must not change afterwards (it is dropped with its cache, at the next write).
 */
const texts = new WeakMap<object, string>()

/** Remember the JSON text of a value that stays as it is while it is kept. */
export function serialized<T extends object>(value: T): T {
  texts.set(value, JSON.stringify(value))
  return value
}

export function isSerialized(value: object): boolean {
  return texts.has(value)
}

const itemText = (item: unknown) =>
  (typeof item === 'object' && item !== null ? texts.get(item) : undefined) ??
  JSON.stringify(item) ??
  'null'

/** JSON.stringify, reusing the remembered texts of an array's items or of a page's `data`. */
function stringify(body: unknown): string {
  if (typeof body !== 'object' || body === null) return JSON.stringify(body)
  const known = texts.get(body)
  if (known !== undefined) return known
  const items = Array.isArray(body) ? body : isRecord(body) ? body.data : undefined
  if (!Array.isArray(items) || !items.some((item) => isRecord(item) && texts.has(item))) {
    return JSON.stringify(body)
  }
  const joined = `[${items.map(itemText).join(',')}]`
  if (Array.isArray(body)) return joined
  // `data` comes first in a page: the envelope's other keys keep their order after it
  const envelope = JSON.stringify({ ...body, data: 0 })
  const head = '{"data":0'
  return envelope.startsWith(head)
    ? `{"data":${joined}${envelope.slice(head.length)}`
    : JSON.stringify(body)
}

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const h = new Headers(headers)
  h.set('Content-Type', 'application/json')
  const response = new Response(status === 204 ? null : stringify(body), {
    status,
    headers: h,
  })
  jsonBodies.set(response, body)
  return response
}

/** The value `json()` made this answer from; null for answers made otherwise. */
export function jsonBodyOf(response: Response): { body: unknown } | null {
  return jsonBodies.has(response) ? { body: jsonBodies.get(response) } : null
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}

/** Plain shape `{"message": …}` (explicit aborts, ValueError handler, 401/403/404/410). */
export function plain(status: number, message: string): HttpError {
  return new HttpError(json({ message }, status))
}

/** flask-restx request parser shape (query arguments). */
export function reqparse(arg: string, message: string): HttpError {
  return new HttpError(
    json({ errors: { [arg]: message }, message: 'Input payload validation failed' }, 400),
  )
}

export const MESSAGES = {
  notFound:
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  methodNotAllowed: 'The method is not allowed for the requested URL.',
  unauthorized:
    "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
  forbidden: 'You do not have the permission to modify that object.',
  tooLarge: 'The data value transmitted exceeds the capacity limit.',
  internal:
    'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
}

export function notFound(): HttpError {
  return plain(404, MESSAGES.notFound)
}

export function forbidden(): HttpError {
  return plain(403, MESSAGES.forbidden)
}

export function unauthorized(message = MESSAGES.unauthorized): HttpError {
  return new HttpError(json({ message }, 401, { 'WWW-Authenticate': 'Bearer realm="uData"' }))
}

/** Minimal message catalogue for the validation messages udata translates with ?lang=. */
const FR: Record<string, string> = {
  'This field is required.': 'Ce champ est obligatoire.',
  'Permission denied for this organization': 'Permission refusée pour cette organisation',
  'Not a valid choice': 'Choix invalide',
  'Invalid URL': 'URL invalide',
  'Unable to parse date range': 'Impossible de parser l’intervalle de dates',
  'Date must be a string': 'La date doit être une chaîne de caractères',
}

export function tr(lang: Lang, message: string): string {
  if (lang === 'en') return message
  const tag = /^Tag "(.*)" must be between (\d+) and (\d+) characters long\.$/s.exec(message)
  if (tag) return `Le tag "${tag[1]}" doit faire entre ${tag[2]} et ${tag[3]} caractères.`
  return FR[message] ?? message
}

// ---------- query parsing

export function positiveInt(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return fallback
  if (!/^-?\d+$/.test(raw.trim())) {
    throw reqparse(name, `invalid literal for int() with base 10: '${raw}'`)
  }
  const value = Number(raw)
  if (value < 1) throw reqparse(name, `Invalid ${name}: ${raw}. ${name} must be a positive integer`)
  return value
}

/** flask-restx inputs.boolean */
export function boolArg(url: URL, name: string): boolean | null {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return null
  const v = raw.toLowerCase()
  if (['true', '1', 'on', 'yes'].includes(v)) return true
  if (['false', '0', 'off', 'no'].includes(v)) return false
  throw reqparse(name, `Invalid literal for boolean(): ${raw}`)
}

export function choiceArg(url: URL, name: string, choices: readonly string[]): string | null {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return null
  if (!choices.includes(raw)) {
    throw reqparse(name, `The value '${raw}' is not a valid choice for '${name}'.`)
  }
  return raw
}

/** Query filters that take an object id (udata: "… arg must be an identifier"). */
export function idArg(url: URL, name: string, label: string): string | null {
  const raw = url.searchParams.get(name)
  if (raw === null || raw === '') return null
  if (!/^[0-9a-f]{24}$/i.test(raw)) throw plain(400, `${label} arg must be an identifier`)
  return raw
}

/** Several `idArg`s, read in the order given (the first bad one answers), labelled by name. */
export function idArgs<K extends string>(url: URL, names: readonly K[]): Record<K, string | null> {
  const out = {} as Record<K, string | null>
  for (const name of names) out[name] = idArg(url, name, name[0]?.toUpperCase() + name.slice(1))
  return out
}

// ---------- pagination

/** Rebuild the current URL with another page number, keeping every other (repeated) param. */
export function pageUrl(url: URL, page: number): string {
  const next = new URL(url.href)
  const params = new URLSearchParams()
  let replaced = false
  for (const [key, value] of url.searchParams) {
    if (key === 'page') {
      if (!replaced) params.append('page', String(page))
      replaced = true
    } else params.append(key, value)
  }
  if (!replaced) params.append('page', String(page))
  next.search = params.toString()
  return next.href
}

export function paginate<T, U>(
  items: readonly T[],
  url: URL,
  defaultPageSize: number,
  serialize: (item: T) => U,
): PaginatedArray<U> {
  const page = positiveInt(url, 'page', 1)
  const pageSize = positiveInt(url, 'page_size', defaultPageSize)
  const start = (page - 1) * pageSize
  const slice = items.slice(start, start + pageSize)
  // udata's DB paginator aborts with 404 when a page > 1 is empty
  if (page > 1 && slice.length === 0) throw notFound()
  const pages = Math.ceil(items.length / pageSize)
  return {
    data: slice.map(serialize),
    page,
    page_size: pageSize,
    total: items.length,
    next_page: page < pages ? pageUrl(url, page + 1) : null,
    previous_page: page > 1 ? pageUrl(url, page - 1) : null,
  }
}

// ---------- bodies

export type JsonBodyKind = 'wtforms' | 'restx'

export async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('Content-Length') ?? '0')
  if (declared > limit) throw plain(413, MESSAGES.tooLarge)
  const buffer = await request.arrayBuffer()
  if (buffer.byteLength > limit) throw plain(413, MESSAGES.tooLarge)
  return new TextDecoder().decode(buffer)
}

/**
 * Parse a JSON body the way udata does. WTForms endpoints (dataset/resource POST/PUT) check the
 * Content-Type and answer 400 `{"errors": {"Content-Type": "expecting application/json"}}`;
 * flask-restx endpoints answer 415 for a wrong type and 400 for malformed JSON.
 */
export async function readJson(
  request: Request,
  kind: JsonBodyKind,
  limit: number,
): Promise<unknown> {
  const type = (request.headers.get('Content-Type') ?? '').toLowerCase()
  if (!type.includes('json')) {
    if (kind === 'wtforms') {
      throw new HttpError(json({ errors: { 'Content-Type': 'expecting application/json' } }, 400))
    }
    throw plain(
      415,
      "Did not attempt to load JSON data because the request Content-Type was not 'application/json'.",
    )
  }
  const text = await readText(request, limit)
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw plain(400, 'The browser (or proxy) sent a request that this server could not understand.')
  }
}

export async function readJsonObject(
  request: Request,
  kind: JsonBodyKind,
  limit: number,
): Promise<Record<string, unknown>> {
  const body = await readJson(request, kind, limit)
  if (!isRecord(body))
    throw new HttpError(json({ errors: { request: 'expecting a JSON object' } }, 400))
  return body
}

// ---------- CORS (udata/cors.py)

export function corsPreflight(request: Request): Response {
  const headers = new Headers()
  headers.set('Access-Control-Allow-Origin', request.headers.get('Origin') ? '*' : '*')
  headers.set(
    'Access-Control-Allow-Methods',
    request.headers.get('Access-Control-Request-Method') ?? '',
  )
  const requested = request.headers.get('Access-Control-Request-Headers')
  if (requested) headers.set('Access-Control-Allow-Headers', requested)
  headers.set('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
  return new Response(null, { status: 204, headers })
}

export function withCors(response: Response): Response {
  const apply = (headers: Headers) => {
    // Any origin gets `*` without credentials (only udata's own front gets credentials).
    headers.set('Access-Control-Allow-Origin', '*')
    // Deviation from udata (which exposes nothing): lets the browser read Retry-After on the
    // sandbox's simulated 429s so the console's backoff can be tested. Harmless elsewhere.
    headers.set('Access-Control-Expose-Headers', 'Retry-After')
    headers.append('Vary', 'Origin')
  }
  try {
    // headers of a constructed Response are mutable: keeps the body as is (fast path in node-server)
    apply(response.headers)
    return response
  } catch {
    const headers = new Headers(response.headers)
    apply(headers)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  }
}
