import type { TransferParty } from './types'

export function partyName(party: TransferParty | null): string {
  if (!party) return '—'
  if (party.class === 'Organization') return party.name
  return `${party.first_name} ${party.last_name}`.trim() || (party.slug ?? party.id)
}
