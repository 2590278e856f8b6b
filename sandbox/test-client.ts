// Test helper: call a sandbox in-process like a browser would (used by the sandbox's own tests).
import { type Sandbox, createSandbox, type SandboxOptions } from './app.ts'
import { buildMultipart } from './multipart.ts'

export const ORIGIN = 'http://127.0.0.1:3001'

export type CallOptions = {
  key?: string
  json?: unknown
  body?: BodyInit
  headers?: Record<string, string>
}

export type CallResult = { status: number; body: unknown; text: string; headers: Headers }

export async function call(
  sandbox: Sandbox,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers = new Headers(options.headers)
  if (options.key) headers.set('X-API-KEY', options.key)
  let body = options.body
  if (options.json !== undefined) {
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  }
  const response = await sandbox.fetch(
    new Request(`${ORIGIN}${path}`, { method, headers, body, redirect: 'manual' }),
  )
  const text = await response.text()
  let parsed: unknown = undefined
  try {
    parsed = text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    parsed = undefined
  }
  return { status: response.status, body: parsed, text, headers: response.headers }
}

/** A multipart POST: form fields and at most one file, as browsers send uploads. */
export async function postMultipart(
  sandbox: Sandbox,
  path: string,
  key: string,
  fields: Record<string, string>,
  file?: Parameters<typeof buildMultipart>[1],
): Promise<CallResult> {
  const { body, contentType } = buildMultipart(fields, file)
  return call(sandbox, 'POST', path, { key, body, headers: { 'Content-Type': contentType } })
}

/** A file the image endpoints take as a PNG: they read its signature, not the rest. */
export const PNG_FILE = {
  filename: 'logo.png',
  data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  contentType: 'image/png',
}

/** A GIF, a format the image endpoints refuse. */
export const GIF_FILE = { filename: 'x.gif', data: 'GIF89a....' }

export function small(options: SandboxOptions = {}): Sandbox {
  return createSandbox({ scale: 'small', ...options })
}

export function keyOf(sandbox: Sandbox, id: string): string {
  const account = sandbox.accounts.find((a) => a.id === id)
  if (!account) throw new Error(`no account ${id}`)
  return account.api_key
}

export function orgOf(sandbox: Sandbox, id = 'admin'): string {
  const account = sandbox.accounts.find((a) => a.id === id)
  if (!account?.organization_id) throw new Error(`no org for ${id}`)
  return account.organization_id
}

/** Narrow an unknown JSON value for assertions. */
export function obj(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`not an object: ${JSON.stringify(value)}`)
  return value as Record<string, unknown>
}

export function arr(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`not an array: ${JSON.stringify(value)}`)
  return value
}

/** GET a JSON list (an endpoint udata does not paginate): its items, each an object. */
export async function getList(
  sandbox: Sandbox,
  path: string,
  key?: string,
): Promise<Record<string, unknown>[]> {
  return arr((await call(sandbox, 'GET', path, { key })).body).map(obj)
}

export function page(value: unknown): {
  data: Record<string, unknown>[]
  total: number
  next_page: string | null
  previous_page: string | null
  page: number
  page_size: number
} {
  const o = obj(value)
  return {
    data: arr(o.data).map(obj),
    total: o.total as number,
    next_page: o.next_page as string | null,
    previous_page: o.previous_page as string | null,
    page: o.page as number,
    page_size: o.page_size as number,
  }
}
