import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { availabilityMessages } from './availability-messages'
import { availabilityOf, type Checked } from './availability'
import { formatDateTime } from './dates'

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
