import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useLanguage } from '@/i18n/language'
import { defineMessages, useMessages } from '@/i18n/messages'
import { availabilityOf, type Checked } from './availability'
import { formatDateTime } from './dates'

const availabilityMessages = defineMessages({
  fr: {
    available: 'Disponible',
    unavailable: 'Indisponible',
    unknown: 'Non vérifié',
    checkedAt: (date: string, status: string) =>
      `Vérifié le ${date}${status ? ` (HTTP ${status})` : ''}`,
  },
  en: {
    available: 'Available',
    unavailable: 'Unavailable',
    unknown: 'Not checked',
    checkedAt: (date: string, status: string) =>
      `Checked on ${date}${status ? ` (HTTP ${status})` : ''}`,
  },
})

/** Hydra's verdict on a file's URL, and when. */
export function AvailabilityCell({ resource }: { resource: Checked }) {
  const t = useMessages(availabilityMessages)
  const lang = useLanguage()
  const { state, status, checked_at } = availabilityOf(resource)
  const severity = state === 'available' ? 'success' : state === 'unavailable' ? 'error' : undefined
  return (
    <>
      <Badge small noIcon={!severity} severity={severity}>
        {t[state]}
      </Badge>
      {checked_at ? (
        <span className="fr-hint-text fr-mt-1v">
          {t.checkedAt(formatDateTime(checked_at, lang) ?? '—', status ? String(status) : '')}
        </span>
      ) : null}
    </>
  )
}
