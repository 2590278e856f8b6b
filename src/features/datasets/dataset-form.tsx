import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect } from 'react'
import { useMessages } from '@/i18n/messages'
import { FormSaveBar } from '@/ui/form-save-bar'
import { DatasetConflictView } from './conflict-view'
import { datasetVersion } from './dataset-conflicts'
import { DatasetFields } from './dataset-fields'
import { useDatasetFormSave } from './dataset-form-save'
import { ExtrasField } from './extras-field'
import { datasetPageMessages } from './page-messages'
import type { DatasetBase } from './types'

type DatasetFormProps = {
  dataset: DatasetBase
  organizationId: string
  canEdit: boolean
  onDirtyChange?: (dirty: boolean) => void
}

/** The metadata editor; while a conflict waits for the user, its view stands in the form's place. */
export function DatasetForm({ dataset, organizationId, canEdit, onDirtyChange }: DatasetFormProps) {
  const t = useMessages(datasetPageMessages)
  const { form, blocker, conflicts, saving, submit, discard } = useDatasetFormSave(dataset)
  const { isDirty, errors } = form.formState
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])
  const fieldErrorCount = Object.keys(errors).filter((key) => key !== 'root').length
  const conflict = conflicts.conflict

  return (
    <>
      {conflict && conflicts.viewProps ? (
        <DatasetConflictView
          {...conflicts.viewProps}
          organizationId={organizationId}
          serverLastModified={datasetVersion(conflict.server)}
          extraContacts={[
            ...(conflict.server.contact_points ?? []),
            ...(dataset.contact_points ?? []),
          ]}
          pending={saving}
        />
      ) : null}
      <form
        noValidate
        hidden={conflict !== null}
        aria-labelledby="dataset-form-title"
        onSubmit={(event) => void submit(event)}
        className="dataset-form"
      >
        <h2 id="dataset-form-title" className="fr-h4">
          {t.formTitle}
        </h2>
        {!canEdit ? (
          <Alert severity="info" small description={t.readOnly} className="fr-mb-3w" />
        ) : null}
        {fieldErrorCount > 0 && form.formState.isSubmitted ? (
          <Alert severity="error" small description={t.formErrors} className="fr-mb-3w" />
        ) : null}
        <fieldset disabled={!canEdit} className="dataset-form__fields">
          <legend className="fr-sr-only">{t.formTitle}</legend>
          <DatasetFields
            form={form}
            organizationId={organizationId}
            currentContacts={dataset.contact_points}
          />
          <ExtrasField form={form} organizationId={organizationId} idPrefix="dataset" />
          {dataset.schema && (dataset.schema.name || dataset.schema.url) ? (
            <div className="fr-mb-3w">
              <p className="fr-text--bold fr-mb-1v">{t.datasetSchema}</p>
              <p className="fr-mb-1v">
                {[dataset.schema.name ?? dataset.schema.url, dataset.schema.version]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p className="fr-hint-text">{t.datasetSchemaHint}</p>
            </div>
          ) : null}
        </fieldset>
        <FormSaveBar
          label={t.save}
          pending={saving}
          canSave={canEdit}
          dirty={canEdit && isDirty}
          error={errors.root?.server}
          errorTitles={{
            refusedTitle: t.serverError,
            failedTitle: t.saveFailed,
            failedNote: t.editsKept,
          }}
          blocker={blocker}
        >
          {canEdit ? (
            <Button
              type="button"
              priority="secondary"
              disabled={!isDirty || saving}
              onClick={discard}
            >
              {t.cancelChanges}
            </Button>
          ) : null}
        </FormSaveBar>
      </form>
    </>
  )
}
