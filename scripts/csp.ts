import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy every build carries in its index.html, as a `<meta>`: it holds on
 * any static host or CDN, whatever headers that host sends (or not). What a `<meta>` policy cannot
 * carry (`frame-ancestors`) is sent as a header by the server configurations in deploy/.
 *
 * `connect-src` and `img-src` allow any https origin, because the instances are not known when
 * this policy is fixed: a deployment names its own in config.json, and a user may type any udata
 * URL. Images (logos, avatars) come from each instance's own static host. Once a user connects,
 * the console narrows `connect-src` to that instance (src/auth/csp.ts); a `<meta>` can only ever
 * tighten a policy, so that narrowing holds for the rest of the page's life.
 *
 * `sandboxOrigin` is the local sandbox's (plain http), allowed only in builds made for tests.
 */
export function contentSecurityPolicy(sandboxOrigin: string | undefined): string {
  const sandbox = sandboxOrigin ? ` ${sandboxOrigin}` : ''
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React and the DSFR set style attributes (widths, positions) at run time.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https:${sandbox}`,
    "font-src 'self'",
    // 'self' for config.json, read from beside index.html.
    `connect-src 'self' https:${sandbox}`,
    "object-src 'none'",
    "base-uri 'none'",
    // Every form is handled in script; none ever submits to a URL.
    "form-action 'none'",
  ].join('; ')
}

/** Puts `policy` first in the built index.html, before anything it governs is parsed. */
export function cspMeta(policy: string): Plugin {
  return {
    name: 'udata-console:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}
