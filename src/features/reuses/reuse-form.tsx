import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { useQuery } from '@tanstack/react-query'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { BoundField } from '@/ui/bound-field'
import { codeLabel } from '@/ui/code-labels'
import { EditForm } from '@/ui/edit-form'
import { MarkdownField } from '@/ui/markdown-field'
import { SelectField } from '@/ui/select-field'
import { TagsField } from '@/ui/tags-field'
import { TextField } from '@/ui/text-field'
import { DatasetPicker } from './dataset-picker'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import { ReuseConflictView } from './reuse-conflict-view'
import { useReuseFormSave, type ReuseFormProps } from './reuse-form-save'
import type { ReuseLabel } from './types'

const asOptions = (labels: ReuseLabel[] | undefined) =>
  labels?.map((item) => ({ value: item.id, label: item.label }))

/**
 * Create or edit a reuse; while a conflict waits for the user, its view stands in the form's
 * place (see useReuseFormSave).
 */
export function ReuseForm({ organizationId, reuse, linkedDatasets }: ReuseFormProps) {
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  const types = useQuery(reuseQueries.types(lang))
  const topics = useQuery(reuseQueries.topics(lang))
  const save = useReuseFormSave({ organizationId, reuse, linkedDatasets })
  const { form, conflicts } = save
  const isDeleted = Boolean(reuse?.deleted)
  // e.g. a partial editor on a reuse not assigned to them: shown, not editable
  const readOnly = reuse?.permissions?.edit === false

  return (
    <EditForm
      label={reuse ? t.editTitle : t.createTitle}
      save={save}
      conflictView={
        conflicts.viewProps ? (
          <ReuseConflictView {...conflicts.viewProps} pending={save.pending} />
        ) : null
      }
      saveLabel={reuse ? t.save : t.create}
      disabled={isDeleted || readOnly}
      bar={{ disabled: isDeleted, canSave: !readOnly }}
      cancel={{ to: `/organizations/${organizationId}/reuses`, label: t.cancel }}
      before={
        readOnly ? (
          <Alert severity="info" small description={t.readOnly} className="fr-mb-3w" />
        ) : null
      }
    >
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12">
          <TextField form={form} name="title" label={t.fieldTitle} />
          <TextField form={form} name="url" type="url" label={t.fieldUrl} hint={t.fieldUrlHint} />
        </div>
        {(
          [
            ['type', types.data],
            ['topic', topics.data],
          ] as const
        ).map(([name, labels]) => (
          <SelectField
            key={name}
            form={form}
            name={name}
            label={codeLabel(t, 'field', name)}
            emptyLabel={t.choose}
            options={asOptions(labels)}
            column={6}
          />
        ))}
        <MarkdownField
          form={form}
          name="description"
          label={t.fieldDescription}
          hint={t.fieldDescriptionHint}
        />
        <div className="fr-col-12">
          <BoundField form={form} name="tags" render={(bound) => <TagsField {...bound} />} />
          <BoundField
            form={form}
            name="datasets"
            render={(bound) => <DatasetPicker organizationId={organizationId} {...bound} />}
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
    </EditForm>
  )
}
