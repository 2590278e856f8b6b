import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { useQuery } from '@tanstack/react-query'
import { Controller } from 'react-hook-form'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { FormSaveBar } from '@/ui/form-save-bar'
import { MarkdownField } from '@/ui/markdown-field'
import { SelectField } from '@/ui/select-field'
import { TagsField } from '@/ui/tags-field'
import { TextField } from '@/ui/text-field'
import { DatasetPicker } from './dataset-picker'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import { ReuseConflictView } from './reuse-conflict-view'
import { useReuseFormSave } from './reuse-form-save'
import type { Reuse, ReuseDatasetRef, ReuseLabel } from './types'

const asOptions = (labels: ReuseLabel[] | undefined) =>
  labels?.map((item) => ({ value: item.id, label: item.label }))

/**
 * Create or edit a reuse; while a conflict waits for the user, its view stands in the form's
 * place (see useReuseFormSave).
 */
export function ReuseForm({
  organizationId,
  reuse,
  linkedDatasets,
}: {
  organizationId: string
  reuse?: Reuse
  linkedDatasets?: ReuseDatasetRef[]
}) {
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  const types = useQuery(reuseQueries.types(lang))
  const topics = useQuery(reuseQueries.topics(lang))
  const { form, blocker, conflicts, pending, submit } = useReuseFormSave({
    organizationId,
    reuse,
    linkedDatasets,
  })
  const isDeleted = Boolean(reuse?.deleted)
  // e.g. a partial editor on a reuse not assigned to them: shown, not editable
  const readOnly = reuse?.permissions?.edit === false

  return (
    <>
      {conflicts.viewProps ? (
        <ReuseConflictView {...conflicts.viewProps} pending={pending} />
      ) : null}
      <form
        noValidate
        hidden={conflicts.conflict !== null}
        aria-label={reuse ? t.editTitle : t.createTitle}
        onSubmit={(event) => void submit(event)}
      >
        {readOnly ? (
          <Alert severity="info" small description={t.readOnly} className="fr-mb-3w" />
        ) : null}
        <fieldset
          className="fr-fieldset"
          disabled={isDeleted || readOnly}
          style={{ border: 0, padding: 0, margin: 0 }}
        >
          <div className="fr-grid-row fr-grid-row--gutters" style={{ width: '100%' }}>
            <div className="fr-col-12">
              <TextField form={form} name="title" label={t.fieldTitle} />
              <TextField
                form={form}
                name="url"
                type="url"
                label={t.fieldUrl}
                hint={t.fieldUrlHint}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <SelectField
                form={form}
                name="type"
                label={t.fieldType}
                emptyLabel={t.choose}
                options={asOptions(types.data)}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <SelectField
                form={form}
                name="topic"
                label={t.fieldTopic}
                emptyLabel={t.choose}
                options={asOptions(topics.data)}
              />
            </div>
            <MarkdownField
              form={form}
              name="description"
              label={t.fieldDescription}
              hint={t.fieldDescriptionHint}
            />
            <div className="fr-col-12">
              <Controller
                control={form.control}
                name="tags"
                render={({ field, fieldState }) => (
                  <TagsField
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="datasets"
                render={({ field, fieldState }) => (
                  <DatasetPicker
                    organizationId={organizationId}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Checkbox
                options={[
                  { label: t.fieldPrivate, nativeInputProps: form.register('private') },
                  ...(reuse
                    ? [
                        {
                          label: t.fieldArchived,
                          hintText: t.fieldArchivedHint,
                          nativeInputProps: form.register('archived'),
                        },
                      ]
                    : []),
                ]}
              />
            </div>
          </div>
        </fieldset>
        <FormSaveBar
          label={reuse ? t.save : t.create}
          pending={pending}
          disabled={isDeleted}
          canSave={!readOnly}
          error={form.formState.errors.root?.server}
          blocker={blocker}
        >
          <Button
            priority="secondary"
            linkProps={{ to: `/organizations/${organizationId}/reuses` }}
          >
            {t.cancel}
          </Button>
        </FormSaveBar>
      </form>
    </>
  )
}
