/**
 * Checks a URL the way udata's URL validator does (udata/uris.py), so the user learns before
 * saving: scheme http, https, ftp or ftps; no white space; a public host (no localhost, no
 * private, loopback, link-local or multicast address); a domain with a top-level domain.
 * Credentials in the URL are accepted, as udata does. The server stays the judge (its TLD list is
 * exhaustive; ours only checks the TLD's shape), and its own errors land on the field too.
 */
export type UrlProblem = 'empty' | 'malformed' | 'scheme' | 'local' | 'private' | 'tld'

export const allowedSchemes = ['http:', 'https:', 'ftp:', 'ftps:'] as const

function ipv4Octets(host: string): number[] | null {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null
  const octets = parts.map(Number)
  return octets.every((o) => o <= 255) ? octets : null
}

function isPrivateIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  )
}

function isPrivateIpv6(host: string): boolean {
  const address = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (address === '::1' || address === '::') return true
  // An IPv4-mapped address: the URL parser writes `::ffff:127.0.0.1` as `::ffff:7f00:1`.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address)
  if (mapped?.[1] && mapped[2]) {
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)]
    return isPrivateIpv4([high >> 8, high & 255, low >> 8, low & 255])
  }
  return /^f[cd]/.test(address) || /^fe[89ab]/.test(address) || /^ff/.test(address)
}

export function urlProblem(value: string): UrlProblem | null {
  const trimmed = value.trim()
  if (!trimmed) return 'empty'
  // The URL parser would quietly encode a space; udata refuses any white space.
  if (/\s/.test(trimmed)) return 'malformed'
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return 'malformed'
  }
  if (!(allowedSchemes as readonly string[]).includes(url.protocol)) return 'scheme'
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (!host) return 'malformed'
  if (host.startsWith('[')) return isPrivateIpv6(host) ? 'private' : null
  const octets = ipv4Octets(host)
  if (octets) return isPrivateIpv4(octets) ? 'private' : null
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return 'local'
  const labels = host.split('.')
  const tld = labels[labels.length - 1] ?? ''
  if (labels.length < 2 || labels.some((label) => !label)) return 'tld'
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]{2,59})$/.test(tld)) return 'tld'
  return null
}

/** The problems the reuse, API and organization forms word: fewer than a resource's. */
export type PublicUrlProblem = 'required' | 'invalid' | 'scheme' | 'local'

const publicUrlProblems: Record<UrlProblem, PublicUrlProblem> = {
  empty: 'required',
  malformed: 'invalid',
  tld: 'invalid',
  scheme: 'scheme',
  local: 'local',
  private: 'local',
}

export function validatePublicUrl(value: string): PublicUrlProblem | null {
  const problem = urlProblem(value)
  return problem && publicUrlProblems[problem]
}
