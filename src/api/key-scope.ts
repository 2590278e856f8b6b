import { getApiKey } from '@/session/session'

/**
 * The key to send to `url`: the session's (or the caller's override), and only to the chosen
 * instance's origin, never to another host (a `next_page` pointing elsewhere gets no key).
 */
function keyFor(url: URL, instance: string, override?: string | null): string | null {
  const key = override === undefined ? getApiKey() : override
  return key && url.origin === new URL(instance).origin ? key : null
}

/**
 * The headers of every API request: JSON answers, and the key when `url` may have it. apiFetch,
 * the upload transport and the read sent before the application loads (early-fetch.ts) build
 * them here alike, so that the early answer is taken for the very same request.
 */
export function apiHeaders(
  url: URL,
  instance: string,
  init?: HeadersInit,
  override?: string | null,
) {
  const headers = new Headers(init)
  headers.set('Accept', 'application/json')
  const key = keyFor(url, instance, override)
  // udata answers 401 to a bad key even on public GETs.
  if (key) headers.set('X-API-KEY', key)
  return { headers, key }
}
