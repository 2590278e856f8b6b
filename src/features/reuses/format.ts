import type { Language } from '@/i18n/language'
import type { OrganizationRef, OwnerRef } from './types'

/** udata dates may lack an offset (udata-api.md §2): those are UTC. */
export function parseApiDate(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`)
}

export function formatDate(value: string | null | undefined, lang: Language): string {
  if (!value) return ''
  return parseApiDate(value).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

export function formatDateTime(value: string | null | undefined, lang: Language): string {
  if (!value) return ''
  return parseApiDate(value).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}

/** The organization that published something, else its owner's name. */
export function authorName(
  organization: OrganizationRef | null | undefined,
  owner: OwnerRef | null | undefined,
): string | null {
  if (organization?.name) return organization.name
  const name = `${owner?.first_name ?? ''} ${owner?.last_name ?? ''}`.trim()
  return name || owner?.slug || null
}

export function labelOf(labels: readonly { id: string; label: string }[] | undefined, id: string) {
  return labels?.find((item) => item.id === id)?.label ?? id
}
