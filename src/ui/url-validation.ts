/**
 * Client-side check of a public URL (a reuse's, an organization's website), close to udata's
 * URL validator (http/https/ftp/ftps, a public host with a known-looking TLD, no local or
 * private addresses), so the user learns before saving. The server stays the judge: its own errors land on the field too.
 */
export type UrlProblem = 'required' | 'invalid' | 'scheme' | 'local'

const allowedProtocols = new Set(['http:', 'https:', 'ftp:', 'ftps:'])

function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.').map(Number)
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255))
    return false
  const [a = 0, b = 0] = parts
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  )
}

export function validatePublicUrl(value: string): UrlProblem | null {
  const text = value.trim()
  if (!text) return 'required'
  if (/\s/.test(text)) return 'invalid'
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'invalid'
  }
  if (!allowedProtocols.has(url.protocol)) return 'scheme'
  const host = url.hostname.toLowerCase()
  if (!host) return 'invalid'
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return 'local'
  if (host.startsWith('[')) return host === '[::1]' ? 'local' : null
  if (/^[\d.]+$/.test(host)) return isPrivateIpv4(host) ? 'local' : null
  const labels = host.split('.')
  const tld = labels[labels.length - 1] ?? ''
  if (
    labels.length < 2 ||
    labels.some((label) => !label) ||
    !/^(xn--[a-z0-9-]+|[a-z]{2,63})$/.test(tld)
  )
    return 'invalid'
  return null
}
