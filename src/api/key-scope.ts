import { getApiKey } from '@/auth/session'

/**
 * The key to send to `url`: the session's (or the caller's override), and only to the chosen
 * instance's origin, never to another host (a `next_page` pointing elsewhere gets no key).
 */
export function keyFor(url: URL, instance: string, override?: string | null): string | null {
  const key = override === undefined ? getApiKey() : override
  return key && url.origin === new URL(instance).origin ? key : null
}
