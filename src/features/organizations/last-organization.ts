/**
 * The organization picked last on each instance, so `/` goes straight back to it. An
 * organization id is not a secret, so localStorage keeps it across tabs and visits.
 */
const storageKey = (instance: string) => `udata-console.organization.${new URL(instance).origin}`

export function getLastOrganization(instance: string): string | null {
  try {
    return localStorage.getItem(storageKey(instance))
  } catch {
    return null
  }
}

export function setLastOrganization(instance: string, organizationId: string) {
  try {
    localStorage.setItem(storageKey(instance), organizationId)
  } catch {
    // private mode: the picker simply shows again next time
  }
}
