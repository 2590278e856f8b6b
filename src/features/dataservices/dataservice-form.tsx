import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect } from 'react'
import { useMessages } from '@/i18n/messages'
import { FormSaveBar } from '@/ui/form-save-bar'
import { MarkdownField } from '@/ui/markdown-field'
import { TextField } from '@/ui/text-field'
import { DataserviceConflictView } from './dataservice-conflict-view'
import {
  AccessFields,
  LinkFields,
  QualityFields,
  TechnicalFields,
} from './dataservice-form-sections'
import { useDataserviceFormSave } from './dataservice-form-save'
import { dataserviceMessages } from './messages'
import type { Dataservice, LinkedDatasetRef } from './types'

/**
 * Create or edit an API; while a conflict waits for the user, its view stands in the form's
 * place (see useDataserviceFormSave).
 */
export function DataserviceForm({
  organizationId,
  dataservice,
  linkedDatasets,
  onDirtyChange,
}: {
  organizationId: string
  dataservice?: Dataservice
  /** the complete list (every page read): a PATCH of `datasets` replaces it whole */
  linkedDatasets?: LinkedDatasetRef[]
  /** the page holds its lifecycle actions while there are unsaved edits */
  onDirtyChange?: (dirty: boolean) => void
}) {
  const t = useMessages(dataserviceMessages)
  const { form, blocker, conflicts, pending, submit } = useDataserviceFormSave({
    organizationId,
    dataservice,
    linkedDatasets,
  })
  const { errors, isDirty } = form.formState
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])
  const isDeleted = Boolean(dataservice?.deleted_at)
  const conflict = conflicts.conflict

  return (
    <>
      {conflict && conflicts.viewProps ? (
        <DataserviceConflictView
          {...conflicts.viewProps}
          organizationId={organizationId}
          serverModifiedAt={conflict.server?.metadata_modified_at ?? ''}
          knownContacts={[
            ...(conflict.server?.contact_points ?? []),
            ...(dataservice?.contact_points ?? []),
          ]}
          pending={pending}
        />
      ) : null}
      <form
        noValidate
        hidden={conflict !== null}
        aria-label={dataservice ? t.editTitle : t.createTitle}
        onSubmit={(event) => void submit(event)}
      >
        <fieldset
          className="fr-fieldset"
          disabled={isDeleted}
          style={{ border: 0, padding: 0, margin: 0, display: 'block' }}
        >
          <h2 className="fr-h5">{t.sectionGeneral}</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-8">
              <TextField form={form} name="title" label={t.fieldTitle} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <TextField form={form} name="acronym" label={t.fieldAcronym} />
            </div>
            <MarkdownField
              form={form}
              name="description"
              label={t.fieldDescription}
              hint={t.fieldDescriptionHint}
            />
          </div>
          <TechnicalFields form={form} />
          <AccessFields form={form} />
          <QualityFields form={form} />
          <LinkFields
            form={form}
            organizationId={organizationId}
            knownContacts={dataservice?.contact_points ?? []}
          />
        </fieldset>
        {dataservice ? null : <p className="fr-hint-text fr-mt-2w">{t.createdAsDraft}</p>}
        <FormSaveBar
          label={dataservice ? t.save : t.create}
          pending={pending}
          disabled={isDeleted}
          error={errors.root?.server}
          blocker={blocker}
        >
          <Button
            priority="secondary"
            linkProps={{ to: `/organizations/${organizationId}/dataservices` }}
          >
            {t.cancel}
          </Button>
        </FormSaveBar>
      </form>
    </>
  )
}
