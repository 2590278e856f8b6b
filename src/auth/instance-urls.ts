// The pages of an instance the console links to, apart from the connect page's code: the
// header and the organization picker need them on the first screen, without the connect page's
// messages and instance checks.

/** Where a signed-in user creates API keys on an instance (the "API key" section of their profile). */
export function apiKeysPageUrl(origin: string): string {
  return `${origin}/fr/admin/me/profile`
}

/** Where a user finds an organization to join on an instance (its public directory). */
export function organizationsDirectoryUrl(origin: string): string {
  return `${origin}/fr/organizations/`
}

/** Where a user creates an organization on an instance. */
export function organizationCreateUrl(origin: string): string {
  return `${origin}/fr/admin/organizations/new`
}

export function instanceHost(origin: string): string {
  try {
    return new URL(origin).host
  } catch {
    return origin
  }
}
