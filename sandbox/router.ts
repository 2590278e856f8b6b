// A tiny path router: udata routes all end with '/', ':name' matches one segment.
import type { Ctx } from './context.ts'

export type Handler = (ctx: Ctx) => Response | Promise<Response>
type Route = { method: string; regex: RegExp; keys: string[]; handler: Handler }

export type Match =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'none' }

export class Router {
  private routes: Route[] = []

  add(method: string, pattern: string, handler: Handler): this {
    const keys: string[] = []
    const source = pattern
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          keys.push(segment.slice(1))
          return '([^/]+)'
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join('/')
    this.routes.push({ method, regex: new RegExp(`^${source}$`), keys, handler })
    return this
  }

  get(pattern: string, handler: Handler): this {
    return this.add('GET', pattern, handler)
  }
  post(pattern: string, handler: Handler): this {
    return this.add('POST', pattern, handler)
  }
  put(pattern: string, handler: Handler): this {
    return this.add('PUT', pattern, handler)
  }
  patch(pattern: string, handler: Handler): this {
    return this.add('PATCH', pattern, handler)
  }
  delete(pattern: string, handler: Handler): this {
    return this.add('DELETE', pattern, handler)
  }

  match(method: string, path: string): Match {
    const allowed: string[] = []
    for (const route of this.routes) {
      const m = route.regex.exec(path)
      if (!m) continue
      const wanted = method === 'HEAD' ? 'GET' : method
      if (route.method !== wanted) {
        allowed.push(route.method)
        continue
      }
      const params: Record<string, string> = {}
      route.keys.forEach((key, i) => {
        params[key] = safeDecode(m[i + 1] ?? '')
      })
      return { kind: 'found', handler: route.handler, params }
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'none' }
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    // a malformed escape cannot match any id or slug: keep it raw, the handler answers 404
    return value
  }
}
