/**
 * The Content-Security-Policy the production build is served with.
 * `connect-src` lists the instances offered by default plus the local sandbox; once a user
 * connects, the console narrows it further to the chosen instance (see src/app/csp.ts).
 */
export function contentSecurityPolicy(sandboxUrl: string): string {
  const sandboxOrigin = new URL(sandboxUrl).origin
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https: ${sandboxOrigin}`,
    "font-src 'self'",
    `connect-src 'self' https: ${sandboxOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
