import { ApiError, apiFetch, NetworkError } from '@/api/client'
import type { Language } from '@/i18n/language'
import { messagesFor } from '@/i18n/messages'
// Types only: the config's parser (and zod) stay with the connect page, off the first screen.
import type { ConfiguredInstance, Localized } from './deployment-config'
import { instanceHost } from './instance-urls'
import { authMessages } from './messages'

export const sandboxOrigin: string | undefined = originOf(import.meta.env.VITE_SANDBOX_URL)

function localize(text: Localized, language: Language): string {
  return typeof text === 'string' ? text : text[language]
}

/** An instance the connect page offers, in the page's language. */
export type OfferedInstance = { origin: string; label: string; hint: string }

/**
 * The instances the connect page offers: the deployment's own (config.json) when it has some,
 * else the console's; then the local sandbox, which only development and test builds know.
 * Any other udata URL can still be typed in.
 */
export function offeredInstances(
  configured: readonly ConfiguredInstance[] | null,
  language: Language,
): OfferedInstance[] {
  const t = messagesFor(authMessages, language)
  const listed = configured
    ? configured.map(({ origin, label, hint }) => ({
        origin,
        label: localize(label, language),
        hint: hint ? localize(hint, language) : instanceHost(origin),
      }))
    : [
        { origin: 'https://www.data.gouv.fr', label: t.instanceWww, hint: t.instanceWwwHint },
        { origin: 'https://demo.data.gouv.fr', label: t.instanceDemo, hint: t.instanceDemoHint },
      ]
  if (!sandboxOrigin || listed.some(({ origin }) => origin === sandboxOrigin)) return listed
  return [
    ...listed,
    {
      origin: sandboxOrigin,
      label: t.instanceSandbox,
      hint: t.instanceSandboxHint(sandboxOrigin),
    },
  ]
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

/**
 * Turns what a user types ("demo.data.gouv.fr", "https://x.org/api/1/", "https://x.org/fr/datasets/")
 * into the instance origin. udata serves its API at `/api/1/` of its origin, so any path is dropped.
 * Returns undefined when the text is not an http(s) URL.
 */
export function normalizeInstanceUrl(input: string): string | undefined {
  const text = input.trim()
  if (!text) return undefined
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined
  return url.origin
}

export type InstanceCheck = 'ok' | 'not-udata' | 'unreachable'

/**
 * Is there a udata API at this origin? The licences list is public, unpaginated, cheap and has
 * existed in every udata version, so a JSON array there is a reliable signature. No key is sent:
 * the key is only ever sent once we know where it goes.
 */
export async function checkInstance(origin: string, signal?: AbortSignal): Promise<InstanceCheck> {
  try {
    const licenses = await apiFetch<unknown>('/api/1/datasets/licenses/', {
      instance: origin,
      apiKey: null,
      signal,
      timeoutMs: 15_000,
    })
    return Array.isArray(licenses) ? 'ok' : 'not-udata'
  } catch (error) {
    if (error instanceof NetworkError) return 'unreachable'
    if (error instanceof ApiError) return 'not-udata'
    throw error
  }
}
