import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { contactPointQueries } from '@/features/datasets/queries'
import type { ContactPoint } from '@/features/datasets/types'
import { useMessages } from '@/i18n/messages'
import { FieldsetFrame } from '@/ui/fieldset-frame'
import { IdCheckboxes } from '@/ui/id-checkboxes'
import { unionById } from '@/ui/union-by-id'
import { dataserviceMessages } from './messages'

/**
 * The API's contact points, chosen among the organization's (udata only checks that the ids
 * exist, not that they are the owner's). One component on purpose: an inline contact-point
 * editor can replace it without touching the form.
 */
export function ContactPointsField({
  organizationId,
  value,
  onChange,
  known,
  error,
}: {
  organizationId: string
  value: string[]
  onChange: (ids: string[]) => void
  /** the API's current ones, shown even if they are not (or no longer) the organization's */
  known: readonly ContactPoint[]
  error?: string
}) {
  const t = useMessages(dataserviceMessages)
  const id = useId()
  const contacts = useQuery(contactPointQueries.list(organizationId))
  const options = unionById(contacts.data?.data ?? [], known)
  return (
    <FieldsetFrame id={id} legend={t.fieldContactPoints} hint={t.contactPointsHint} error={error}>
      <IdCheckboxes
        idPrefix={id}
        items={options}
        value={value}
        onChange={onChange}
        empty={contacts.isPending ? null : t.noContactPoints}
        label={(contact) => (
          <>
            {contact.name}
            {contact.email ? <span className="fr-hint-text">{contact.email}</span> : null}
          </>
        )}
      />
    </FieldsetFrame>
  )
}
