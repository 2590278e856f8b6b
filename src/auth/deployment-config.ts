import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'

/**
 * A deployment's own list of instances, read from `config.json` beside index.html: another udata
 * portal ships the console with its URL first, without a rebuild. Read only by the connect page
 * (nothing else needs it), so it never delays any other page.
 */

/** A text in both languages, or one text for both (a portal's name often is). */
const localizedSchema = z.union([
  z.string().trim().min(1),
  z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) }),
])
export type Localized = z.infer<typeof localizedSchema>

// https only: a built console's Content-Security-Policy reaches no plain-http origin.
const instanceUrlSchema = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain })
  .transform((url) => new URL(url).origin)

const configSchema = z.strictObject({
  instances: z
    .array(
      z.strictObject({
        url: instanceUrlSchema,
        label: localizedSchema,
        hint: localizedSchema.optional(),
      }),
    )
    .min(1),
})

export type ConfiguredInstance = { origin: string; label: Localized; hint?: Localized }

export type DeploymentConfig =
  /** No config.json deployed: the console's own list applies. */
  | { kind: 'none' }
  | { kind: 'ok'; instances: ConfiguredInstance[] }
  /** A config.json that is not what it must be; `where` points at the first problem. */
  | { kind: 'invalid'; where: string }

export function parseDeploymentConfig(text: string): DeploymentConfig {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { kind: 'invalid', where: 'JSON' }
  }
  const parsed = configSchema.safeParse(json)
  if (parsed.success) {
    return {
      kind: 'ok',
      instances: parsed.data.instances.map(({ url, label, hint }) => ({
        origin: url,
        label,
        hint,
      })),
    }
  }
  const [issue] = parsed.error.issues
  return { kind: 'invalid', where: issue?.path.join('.') || 'config.json' }
}

export async function fetchDeploymentConfig(signal?: AbortSignal): Promise<DeploymentConfig> {
  const response = await fetch('/config.json', { signal, cache: 'no-cache' })
  // Hosts that answer every unknown path with index.html (an SPA fallback) say "none" that way.
  const isPage = (response.headers.get('content-type') ?? '').includes('text/html')
  if (response.status === 404 || (response.ok && isPage)) return { kind: 'none' }
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`)
  return parseDeploymentConfig(await response.text())
}

/** Read once per page: a deployment's list does not change under a running console. */
export const deploymentConfigQuery = queryOptions({
  queryKey: ['deployment-config'],
  queryFn: ({ signal }) => fetchDeploymentConfig(signal),
  staleTime: Infinity,
  // A file beside index.html: a failure is an answer, not a glitch worth waiting out.
  retry: false,
})
