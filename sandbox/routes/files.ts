// Files stored by the sandbox (uploads) are served back at their resource URL, and the
// permanent resource link /fr/datasets/r/{rid} redirects to the current file (302).
import { notFound } from '../http.ts'
import type { Router } from '../router.ts'

function decodeBase64(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function registerFileRoutes(router: Router): void {
  router.get('/static/:kind/:a/:b/:name', (ctx) => {
    const key = ctx.url.pathname
    const file = ctx.db.state.files[key]
    if (!file) throw notFound()
    return new Response(decodeBase64(file.base64), {
      status: 200,
      headers: {
        'Content-Type': file.mime,
        'Content-Disposition': `inline; filename="${ctx.params.name ?? 'file'}"`,
      },
    })
  })
  router.get('/fr/datasets/r/:rid', (ctx) => {
    const rid = ctx.params.rid ?? ''
    for (const ds of ctx.db.state.datasets) {
      const list = ds.resources
      if (!list) continue
      const r = list.find((x) => x.id === rid)
      if (r)
        return new Response(null, {
          status: 302,
          headers: { Location: r.file ? `${ctx.origin}${r.url}` : r.url },
        })
    }
    // seeded, not yet materialised resources
    for (const ds of ctx.db.state.datasets) {
      if (!ds.lazy_resources) continue
      const r = ctx.db.resources(ds).find((x) => x.id === rid)
      if (r) return new Response(null, { status: 302, headers: { Location: r.url } })
    }
    throw notFound()
  })
}
