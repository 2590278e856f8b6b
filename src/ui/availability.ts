/** What a file carries of Hydra's checks (resources and community resources alike). */
export type Checked = { extras?: Record<string, unknown> | null }

type Availability = {
  state: 'available' | 'unavailable' | 'unknown'
  status?: number
  checked_at?: string
}

/** Hydra's last check of the URL, from the resource extras (absent until the first check). */
export function availabilityOf(resource: Checked): Availability {
  const extras = resource.extras ?? {}
  const available = extras['check:available']
  const status = extras['check:status']
  const date = extras['check:date']
  return {
    state: available === true ? 'available' : available === false ? 'unavailable' : 'unknown',
    status: typeof status === 'number' ? status : undefined,
    checked_at: typeof date === 'string' ? date : undefined,
  }
}
