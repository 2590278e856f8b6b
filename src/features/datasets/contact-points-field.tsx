import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useWatch } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { FieldsetFrame } from '@/ui/fieldset-frame'
import { FieldButton } from '@/ui/field-button'
import { IdCheckboxes } from '@/ui/id-checkboxes'
import { unionById } from '@/ui/union-by-id'
import { notify } from '@/ui/notices'
import { ContactPointDialog } from './contact-point-dialog'
import type { DatasetFieldProps } from './field-props'
import { datasetPageMessages } from './page-messages'
import { contactPointQueries, datasetReferenceQueries } from './queries'
import type { ContactPoint } from './types'

const dirty = { shouldDirty: true, shouldValidate: true }

/**
 * The dataset's contact points, ticked among the organization's (and those already on the
 * dataset, which may not be), with a dialog to create or edit one.
 */
export function ContactPointsField({
  form,
  organizationId,
  currentContacts,
  idPrefix,
}: DatasetFieldProps & { organizationId: string; currentContacts: ContactPoint[] }) {
  const t = useMessages(datasetPageMessages)
  const lang = useLanguage()
  const error = form.formState.errors.contact_points
  const contactIds = useWatch({ control: form.control, name: 'contact_points' })
  const contacts = useQuery(contactPointQueries.list(organizationId))
  const contactRoles = useQuery(datasetReferenceQueries.contactRoles(lang))
  const roleLabel = (role: string) =>
    contactRoles.data?.find((item) => item.id === role)?.label ?? role
  // The contact point being created (null) or edited in the dialog; undefined = no dialog.
  const [editing, setEditing] = useState<ContactPoint | null | undefined>(undefined)

  const contactOptions = unionById(contacts.data?.data ?? [], currentContacts)

  return (
    <>
      <FieldsetFrame
        id={`${idPrefix}-contacts`}
        legend={t.fieldContactPoints}
        error={error?.message}
      >
        <IdCheckboxes
          idPrefix={`${idPrefix}-contact`}
          items={contactOptions}
          value={contactIds}
          onChange={(next) => form.setValue('contact_points', next, dirty)}
          empty={contacts.isPending ? null : t.noContactPoints}
          label={(contact) => (
            <>
              {contact.name}
              <span className="fr-hint-text">
                {[roleLabel(contact.role), contact.email, contact.contact_form]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </>
          )}
          after={(contact) => (
            <FieldButton
              priority="tertiary no outline"
              iconId="fr-icon-edit-line"
              className="dataset-form__contact-edit"
              onClick={() => setEditing(contact)}
            >
              {t.editContactPoint(contact.name)}
            </FieldButton>
          )}
        />
        <div className="fr-fieldset__element">
          <FieldButton iconId="fr-icon-add-line" onClick={() => setEditing(null)}>
            {t.newContactPoint}
          </FieldButton>
        </div>
      </FieldsetFrame>

      {editing !== undefined ? (
        <ContactPointDialog
          organizationId={organizationId}
          contact={editing}
          onCancel={() => setEditing(undefined)}
          onSaved={(saved, created) => {
            setEditing(undefined)
            if (created && !contactIds.includes(saved.id))
              form.setValue('contact_points', [...contactIds, saved.id].sort(), dirty)
            notify({
              kind: 'success',
              message: created ? t.contactCreated(saved.name) : t.contactUpdated(saved.name),
            })
          }}
        />
      ) : null}
    </>
  )
}
