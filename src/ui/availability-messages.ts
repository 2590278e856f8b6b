import { defineMessages } from '@/i18n/messages'

const fr = {
  available: 'Disponible',
  unavailable: 'Indisponible',
  unknown: 'Non vérifié',
  checkedAt: (date: string, status: string) =>
    `Vérifié le ${date}${status ? ` (HTTP ${status})` : ''}`,
}

/** The shape the English catalogue (./availability-messages.en.ts) must match. */
export type Messages = typeof fr

export const availabilityMessages = defineMessages(fr, () => import('./availability-messages.en'))
