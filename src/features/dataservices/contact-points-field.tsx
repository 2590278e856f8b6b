import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { contactPointQueries } from '@/features/datasets/queries'
import type { ContactPoint } from '@/features/datasets/types'
import { useMessages } from '@/i18n/messages'
import { FieldsetFrame } from '@/ui/fieldset-frame'
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
  const own = contacts.data?.data ?? []
  const options = [...own, ...known.filter((contact) => !own.some((o) => o.id === contact.id))]
  return (
    <FieldsetFrame id={id} legend={t.fieldContactPoints} hint={t.contactPointsHint} error={error}>
      {options.length === 0 && !contacts.isPending ? (
        <p className="fr-fieldset__element fr-hint-text">{t.noContactPoints}</p>
      ) : null}
      {options.map((contact) => (
        <div key={contact.id} className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id={`${id}-${contact.id}`}
              checked={value.includes(contact.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, contact.id].sort()
                    : value.filter((other) => other !== contact.id),
                )
              }
            />
            <label className="fr-label" htmlFor={`${id}-${contact.id}`}>
              {contact.name}
              {contact.email ? <span className="fr-hint-text">{contact.email}</span> : null}
            </label>
          </div>
        </div>
      ))}
    </FieldsetFrame>
  )
}
