// Simulated infrastructure trouble for tests and benchmarks. udata itself never answers 429
// (no limiter in udata), but the gateways in front of data.gouv.fr can, and answer 502/503.
import { type Rng, createRng, deriveSeed, isRecord } from './util.ts'

export type FaultRule = {
  method?: string
  /** substring of the pathname, or a regular expression source when it is a valid one and starts with ^ or contains regex syntax */
  path: string
  status?: number
  retry_after?: number
  drop?: boolean
  /** the answer's JSON `{ message }` instead of the gateway's page (an error udata itself gives) */
  message?: string
  /** how many matching requests are affected; then the rule is spent (absent = forever) */
  count?: number
  /** how long the rule applies from the first request it matches; then it is spent (an outage) */
  duration_ms?: number
  delay_ms?: number
}

export type Faults = {
  latency_ms: number
  jitter_ms: number
  /** share (0–1) of 500/502/503 answers, drawn from a seeded PRNG (reproducible) */
  error_rate: number
  /** share (0–1) of 429 answers with Retry-After */
  rate_limit_rate: number
  /** seconds sent in Retry-After on random 429s */
  retry_after: number
  /** share (0–1) of dropped connections */
  drop_rate: number
  /** extra delay for each upload request (file, chunk, image) */
  upload_delay_ms: number
  rules: FaultRule[]
}

export const noFaults: Faults = {
  latency_ms: 0,
  jitter_ms: 0,
  error_rate: 0,
  rate_limit_rate: 0,
  retry_after: 1,
  drop_rate: 0,
  upload_delay_ms: 0,
  rules: [],
}

export type FaultDecision =
  | { kind: 'pass'; delayMs: number }
  | {
      kind: 'status'
      status: number
      retryAfter: number | null
      delayMs: number
      message?: string
    }
  | { kind: 'drop'; delayMs: number }

export class FaultInjector {
  faults: Faults
  private rng: Rng
  private seed: number
  private errorCycle = 0
  private readonly now: () => number
  /** When each timed rule stops applying, set by its first match. */
  private endsAt = new WeakMap<FaultRule, number>()

  constructor(seed: number, initial: Partial<Faults> = {}, now: () => number = Date.now) {
    this.seed = seed
    this.now = now
    this.faults = { ...noFaults, ...initial, rules: [...(initial.rules ?? [])] }
    this.rng = createRng(deriveSeed(seed, 'faults'))
  }

  /** Replace the faults (the PRNG restarts, so a given configuration is reproducible). */
  set(input: unknown): Faults {
    this.faults = parseFaults(input)
    this.rng = createRng(deriveSeed(this.seed, 'faults'))
    this.errorCycle = 0
    this.endsAt = new WeakMap()
    return this.faults
  }

  decide(method: string, pathname: string, isUpload: boolean): FaultDecision {
    const f = this.faults
    let delayMs = f.latency_ms + (f.jitter_ms > 0 ? Math.floor(this.rng() * f.jitter_ms) : 0)
    if (isUpload) delayMs += f.upload_delay_ms
    const now = this.now()
    for (const rule of f.rules) {
      if (!ruleMatches(rule, method, pathname)) continue
      if (rule.duration_ms !== undefined) {
        const endsAt = this.endsAt.get(rule) ?? now + rule.duration_ms
        this.endsAt.set(rule, endsAt)
        if (now >= endsAt) {
          rule.count = 0
          continue
        }
      }
      if (rule.count !== undefined) {
        if (rule.count <= 0) continue
        rule.count -= 1
      }
      delayMs += rule.delay_ms ?? 0
      if (rule.drop) return { kind: 'drop', delayMs }
      if (rule.status !== undefined) {
        const retryAfter = rule.retry_after ?? (rule.status === 429 ? 1 : null)
        return { kind: 'status', status: rule.status, retryAfter, delayMs, message: rule.message }
      }
      // a rule with only delay_ms just slows the request down
      break
    }
    f.rules = f.rules.filter((rule) => rule.count === undefined || rule.count > 0)
    const roll = this.rng()
    if (roll < f.drop_rate) return { kind: 'drop', delayMs }
    if (roll < f.drop_rate + f.rate_limit_rate) {
      return { kind: 'status', status: 429, retryAfter: f.retry_after, delayMs }
    }
    if (roll < f.drop_rate + f.rate_limit_rate + f.error_rate) {
      const status = [500, 502, 503][this.errorCycle % 3] ?? 500
      this.errorCycle += 1
      return { kind: 'status', status, retryAfter: null, delayMs }
    }
    return { kind: 'pass', delayMs }
  }
}

function ruleMatches(rule: FaultRule, method: string, pathname: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false
  if (pathname.includes(rule.path)) return true
  try {
    return new RegExp(rule.path).test(pathname)
  } catch {
    return false
  }
}

function rate(value: unknown, name: string): number {
  if (value === undefined || value === null) return 0
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || value > 1) {
    throw new FaultsError(`${name} must be a number between 0 and 1`)
  }
  return value
}

function ms(value: unknown, name: string, fallback = 0): number {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new FaultsError(`${name} must be a non-negative number`)
  }
  return value
}

export class FaultsError extends Error {}

export function parseFaults(input: unknown): Faults {
  if (!isRecord(input)) throw new FaultsError('faults must be a JSON object')
  const rulesInput = input.rules ?? []
  if (!Array.isArray(rulesInput)) throw new FaultsError('rules must be an array')
  const rules = rulesInput.map((raw, i): FaultRule => {
    if (!isRecord(raw) || typeof raw.path !== 'string')
      throw new FaultsError(`rules[${i}].path is required`)
    const rule: FaultRule = { path: raw.path }
    if (typeof raw.method === 'string') rule.method = raw.method.toUpperCase()
    if (raw.status !== undefined) {
      if (typeof raw.status !== 'number' || raw.status < 100 || raw.status > 599)
        throw new FaultsError(`rules[${i}].status must be an HTTP status`)
      rule.status = raw.status
    }
    if (raw.retry_after !== undefined)
      rule.retry_after = ms(raw.retry_after, `rules[${i}].retry_after`)
    if (raw.drop !== undefined) rule.drop = raw.drop === true
    if (typeof raw.message === 'string') rule.message = raw.message
    if (raw.count !== undefined) rule.count = ms(raw.count, `rules[${i}].count`)
    if (raw.delay_ms !== undefined) rule.delay_ms = ms(raw.delay_ms, `rules[${i}].delay_ms`)
    if (raw.duration_ms !== undefined)
      rule.duration_ms = ms(raw.duration_ms, `rules[${i}].duration_ms`)
    return rule
  })
  return {
    latency_ms: ms(input.latency_ms, 'latency_ms'),
    jitter_ms: ms(input.jitter_ms, 'jitter_ms'),
    error_rate: rate(input.error_rate, 'error_rate'),
    rate_limit_rate: rate(input.rate_limit_rate, 'rate_limit_rate'),
    retry_after: ms(input.retry_after, 'retry_after', 1),
    drop_rate: rate(input.drop_rate, 'drop_rate'),
    upload_delay_ms: ms(input.upload_delay_ms, 'upload_delay_ms'),
    rules,
  }
}

/** What a faulty gateway answers: udata's JSON for 500, nginx-style HTML for 502/503/429. */
export function faultResponse(
  status: number,
  retryAfter: number | null,
  message?: string,
): Response {
  const headers = new Headers()
  if (retryAfter !== null) headers.set('Retry-After', String(retryAfter))
  if (message !== undefined) {
    headers.set('Content-Type', 'application/json')
    return new Response(JSON.stringify({ message }), { status, headers })
  }
  if (status === 401) {
    // What udata's auth answers to a key it no longer accepts: a key can die on any request.
    headers.set('Content-Type', 'application/json')
    return new Response(JSON.stringify({ message: 'Invalid API token' }), { status, headers })
  }
  if (status === 500 || status === 429) {
    headers.set('Content-Type', 'application/json')
    const message =
      status === 429
        ? 'Too Many Requests'
        : 'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.'
    return new Response(JSON.stringify({ message }), { status, headers })
  }
  headers.set('Content-Type', 'text/html')
  const text =
    status === 502
      ? '502 Bad Gateway'
      : status === 503
        ? '503 Service Temporarily Unavailable'
        : `${status} Error`
  return new Response(
    `<html>\r\n<head><title>${text}</title></head>\r\n<body>\r\n<center><h1>${text}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
    { status, headers },
  )
}

/** In-process equivalent of a dropped connection: fetch rejects with a TypeError. */
export class DroppedConnectionError extends TypeError {
  readonly sandboxDrop = true
  constructor() {
    super('fetch failed')
  }
}
