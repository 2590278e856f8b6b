import { defineMessages } from '@/i18n/messages'

export const availabilityMessages = defineMessages(
  {
    available: 'Disponible',
    unavailable: 'Indisponible',
    unknown: 'Non vérifié',
    checkedAt: (date: string, status: string) =>
      `Vérifié le ${date}${status ? ` (HTTP ${status})` : ''}`,
  },
  () => import('./availability-messages.en'),
)
