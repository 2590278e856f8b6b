/**
 * Checks a remote resource URL the way udata's URL validator does (udata/uris.py): scheme
 * http, https, ftp or ftps; a public host (no localhost, no private, loopback or link-local
 * address); a domain with a top-level domain. Credentials in the URL are accepted, as udata does.
 * The server stays the judge (its TLD list is exhaustive; ours only checks the TLD's shape).
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
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)
  if (mapped?.[1]) {
    const octets = ipv4Octets(mapped[1])
    return octets ? isPrivateIpv4(octets) : true
  }
  return /^f[cd]/.test(address) || /^fe[89ab]/.test(address) || /^ff/.test(address)
}

export function validateResourceUrl(value: string): UrlProblem | null {
  const trimmed = value.trim()
  if (!trimmed) return 'empty'
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
  if (labels.length < 2 || !/^([a-z]{2,63}|xn--[a-z0-9-]{2,59})$/.test(tld)) return 'tld'
  return null
}
