import { useEffect } from 'react'
import { useMessages } from '@/i18n/messages'
import { EditForm } from '@/ui/edit-form'
import { NameFields } from '@/ui/name-fields'
import { DataserviceConflictView } from './dataservice-conflict-view'
import {
  AccessFields,
  LinkFields,
  QualityFields,
  TechnicalFields,
} from './dataservice-form-sections'
import { useDataserviceFormSave, type DataserviceFormProps } from './dataservice-form-save'
import { dataserviceMessages } from './messages'

/**
 * Create or edit an API; while a conflict waits for the user, its view stands in the form's
 * place (see useDataserviceFormSave).
 */
export function DataserviceForm({
  organizationId,
  dataservice,
  linkedDatasets,
  onDirtyChange,
}: DataserviceFormProps & {
  /** the page holds its lifecycle actions while there are unsaved edits */
  onDirtyChange?: (dirty: boolean) => void
}) {
  const t = useMessages(dataserviceMessages)
  const save = useDataserviceFormSave({ organizationId, dataservice, linkedDatasets })
  const { form, conflicts } = save
  const { isDirty } = form.formState
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])
  const isDeleted = Boolean(dataservice?.deleted_at)
  const conflict = conflicts.conflict

  return (
    <EditForm
      label={dataservice ? t.editTitle : t.createTitle}
      save={save}
      conflictView={
        conflict && conflicts.viewProps ? (
          <DataserviceConflictView
            {...conflicts.viewProps}
            organizationId={organizationId}
            serverModifiedAt={conflict.server?.metadata_modified_at ?? ''}
            knownContacts={[
              ...(conflict.server?.contact_points ?? []),
              ...(dataservice?.contact_points ?? []),
            ]}
            pending={save.pending}
          />
        ) : null
      }
      saveLabel={dataservice ? t.save : t.create}
      disabled={isDeleted}
      bar={{ disabled: isDeleted }}
      cancel={{ to: `/organizations/${organizationId}/dataservices`, label: t.cancel }}
      after={dataservice ? null : <p className="fr-hint-text fr-mt-2w">{t.createdAsDraft}</p>}
    >
      <h2 className="fr-h5">{t.sectionGeneral}</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <NameFields form={form} name="title" label={t.fieldTitle} words={t} />
      </div>
      <TechnicalFields form={form} />
      <AccessFields form={form} />
      <QualityFields form={form} />
      <LinkFields
        form={form}
        organizationId={organizationId}
        knownContacts={dataservice?.contact_points ?? []}
      />
    </EditForm>
  )
}
