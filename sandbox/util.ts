// Small deterministic helpers shared by the seed and the request handlers.

/** mulberry32: tiny, fast, seedable PRNG (same seed → same sequence on every platform). */
export type Rng = () => number

export function createRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Derive an independent stream from a seed and a label (FNV-1a of the label mixed in). */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ seed
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('pick from empty list')
  return item
}

export function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  // distinct random indexes without copying the (possibly large) input
  const wanted = Math.min(count, items.length)
  const picked = new Set<number>()
  const out: T[] = []
  while (out.length < wanted) {
    const index = Math.floor(rng() * items.length)
    if (picked.has(index)) continue
    picked.add(index)
    out.push(items[index] as T)
  }
  return out
}

const HEX = '0123456789abcdef'

function hex(rng: Rng, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += HEX[Math.floor(rng() * 16)]
  return out
}

/** A MongoDB-like ObjectId: 4 bytes of creation time then 8 random bytes (24 hex). */
export function objectId(rng: Rng, createdMs: number): string {
  const seconds = Math.floor(createdMs / 1000)
  return seconds.toString(16).padStart(8, '0').slice(-8) + hex(rng, 16)
}

/** RFC 4122 version 4 UUID from the seeded stream (resources and messages use UUIDs in udata). */
export function uuid(rng: Rng): string {
  const variant = HEX[8 + Math.floor(rng() * 4)] ?? '8'
  return `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${variant}${hex(rng, 3)}-${hex(rng, 12)}`
}

/**
 * udata serialises datetimes with Python's isoformat(): microseconds and an explicit offset,
 * e.g. `2019-06-26T19:17:42.238000+00:00` (Mongo keeps milliseconds, hence the trailing 000).
 */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000+00:00')
}

/** Some udata fields (member last_login_at, Hydra check:date) come without any offset. */
export function isoNaive(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000')
}

export function dateOnly(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function parseDate(value: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`)
  return Number.isNaN(ms) ? null : ms
}

/** udata's slugify (python-slugify semantics): strip accents, lowercase, non-alnum → '-'. */
const slugCache = new Map<string, string>()

export function slugify(value: string): string {
  const cached = slugCache.get(value)
  if (cached !== undefined) return cached
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slugCache.size < 50_000) slugCache.set(value, slug)
  return slug
}

/** Accent-insensitive lowercase form used by the `q` filters (Mongo $text is diacritic-insensitive). */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function hasOwn(value: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key)
}

/** udata ≥ 16: opaque tokens, `udata_` prefix + 48 random bytes (base64url → 64 chars). */
export function randomApiKey(rng: Rng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let out = 'udata_'
  for (let i = 0; i < 64; i++) out += alphabet[Math.floor(rng() * 64)]
  return out
}
