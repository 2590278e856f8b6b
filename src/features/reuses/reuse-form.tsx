import { zodResolver } from '@hookform/resolvers/zod'
import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { apiFetch } from '@/api/client'
import { fetchAllPages, toSearchParams } from '@/api/pagination'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { Markdown } from '@/ui/markdown'
import { notify, notifyAfter } from '@/ui/notices'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { DatasetPicker } from './dataset-picker'
import { reuseMessages } from './messages'
import { useCreateReuse, useUpdateReuse } from './mutations'
import { reuseQueries } from './queries'
import {
  changedFields,
  emptyReuseFormValues,
  findConflicts,
  reuseFormFields,
  reuseFormSchema,
  toFormValues,
  toNewReuse,
  toReusePayload,
  type Conflict,
  type ReuseFormField,
  type ReuseFormValues,
} from './reuse-form-values'
import { ReuseConflictPanel } from './reuse-conflict-panel'
import { TagsField } from './tags-field'
import type { Reuse, ReuseDatasetRef, ReuseV2 } from './types'
import { UnsavedChangesDialog } from './unsaved-changes-dialog'

/**
 * The server's current reuse for the conflict check. v2 is lighter (no embedded datasets); the
 * dataset list is read, every page of it, only when the reuse did change.
 */
async function fetchCurrent(
  reuseId: string,
  since: string | null,
): Promise<{ reuse: Reuse; datasets: ReuseDatasetRef[] } | null> {
  const reuse = await apiFetch<ReuseV2>(`/api/2/reuses/${reuseId}/`)
  if (reuse.last_modified === since) return null
  const datasets = Array.isArray(reuse.datasets)
    ? reuse.datasets
    : await fetchAllPages<ReuseDatasetRef>(
        reuse.datasets.href ||
          `/api/2/datasets/?${toSearchParams({ reuse: reuseId, page_size: 100 })}`,
      )
  return { reuse: { ...reuse, datasets }, datasets }
}

type Base = { values: ReuseFormValues; last_modified: string | null }

/**
 * Create or edit a reuse. Editing sends only the changed fields (reuse PUT is partial); just
 * before, it re-reads the reuse and, if someone changed a field the user also changed, lets the
 * user choose instead of silently overwriting (udata has no ETag: udata-api.md §8.4).
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
  const navigate = useNavigate()
  const types = useQuery(reuseQueries.types(lang))
  const topics = useQuery(reuseQueries.topics(lang))
  const [base, setBase] = useState<Base>(() => ({
    values: reuse ? toFormValues(reuse, linkedDatasets ?? []) : emptyReuseFormValues,
    last_modified: reuse?.last_modified ?? null,
  }))
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [checking, setChecking] = useState(false)
  const schema = useMemo(
    () =>
      reuseFormSchema({
        required: t.required,
        invalid: t.urlInvalid,
        scheme: t.urlScheme,
        local: t.urlLocal,
      }),
    [t],
  )
  const form = useForm<ReuseFormValues>({
    resolver: zodResolver(schema),
    defaultValues: base.values,
  })
  const { errors, isDirty, isSubmitting } = form.formState
  const description = useWatch({ control: form.control, name: 'description' })
  const create = useCreateReuse()
  const update = useUpdateReuse(reuse?.id ?? '')
  const { blocker, release } = useUnsavedChangesGuard(isDirty)
  const isDeleted = Boolean(reuse?.deleted)
  // e.g. a partial editor on a reuse not assigned to them: shown, not editable
  const readOnly = reuse?.permissions?.edit === false
  const pending = create.isPending || update.isPending || checking || isSubmitting

  const showSaveError = useShowSaveError(form.setError, reuseFormFields)
  const showServerErrors = (error: unknown) => {
    if (!showSaveError(error)) return
    const first = reuseFormFields.find((field) => form.getFieldState(field).error)
    if (first && first !== 'datasets' && first !== 'tags') form.setFocus(first)
  }

  const afterSave = (saved: Reuse, values: ReuseFormValues) => {
    const next = {
      // The PUT answer embeds the datasets; if not, the list just sent is the truth.
      values: toFormValues(saved, Array.isArray(saved.datasets) ? saved.datasets : values.datasets),
      last_modified: saved.last_modified,
    }
    setBase(next)
    setConflict(null)
    form.reset(next.values)
    notify({ kind: 'success', message: t.saved })
  }

  const put = (values: ReuseFormValues, fields: readonly ReuseFormField[]) =>
    update.mutate(toReusePayload(values, fields), {
      onSuccess: (saved) => afterSave(saved, values),
      onError: showServerErrors,
    })

  const submit = async (values: ReuseFormValues) => {
    if (!reuse) {
      create.mutate(toNewReuse(values, organizationId), {
        onSuccess: (created) => {
          release()
          notifyAfter(
            navigate(`/organizations/${organizationId}/reuses/${created.id}`, { replace: true }),
            { kind: 'success', message: t.created },
          )
        },
        onError: showServerErrors,
      })
      return
    }
    const fields = changedFields(base.values, values)
    if (fields.length === 0) {
      notify({ kind: 'info', message: t.nothingChanged })
      return
    }
    setChecking(true)
    try {
      const current = await fetchCurrent(reuse.id, base.last_modified)
      if (current) {
        const server = toFormValues(current.reuse, current.datasets)
        const overlap = findConflicts(base.values, values, server)
        if (overlap.length > 0) {
          setConflict({
            fields: overlap,
            server,
            server_last_modified: current.reuse.last_modified,
          })
          return
        }
      }
    } catch (error) {
      showServerErrors(error)
      return
    } finally {
      setChecking(false)
    }
    put(values, fields)
  }

  const keepMine = () => {
    const values = form.getValues()
    put(values, changedFields(base.values, values))
  }
  const takeTheirs = () => {
    if (!conflict) return
    const mine = form.getValues()
    const merged: ReuseFormValues = { ...mine }
    for (const field of conflict.fields) Object.assign(merged, { [field]: conflict.server[field] })
    setBase({ values: conflict.server, last_modified: conflict.server_last_modified })
    form.reset(conflict.server)
    // The user's other edits stay in the form, still marked unsaved.
    for (const field of changedFields(conflict.server, merged))
      form.setValue(field, merged[field], { shouldDirty: true })
    setConflict(null)
  }

  return (
    <>
      <form
        noValidate
        aria-label={reuse ? t.editTitle : t.createTitle}
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
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
              <Input
                label={t.fieldTitle}
                state={errors.title ? 'error' : 'default'}
                stateRelatedMessage={errors.title?.message}
                nativeInputProps={{ ...form.register('title'), autoComplete: 'off' }}
              />
              <Input
                label={t.fieldUrl}
                hintText={t.fieldUrlHint}
                state={errors.url ? 'error' : 'default'}
                stateRelatedMessage={errors.url?.message}
                nativeInputProps={{
                  ...form.register('url'),
                  type: 'url',
                  inputMode: 'url',
                  autoComplete: 'url',
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Controller
                control={form.control}
                name="type"
                render={({ field }) => (
                  <Select
                    label={t.fieldType}
                    state={errors.type ? 'error' : 'default'}
                    stateRelatedMessage={errors.type?.message}
                    // Controlled: the options arrive after the form opens, and the value must follow.
                    nativeSelectProps={{ ...field }}
                  >
                    <option value="">{t.choose}</option>
                    {types.data?.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.label}
                      </option>
                    ))}
                  </Select>
                )}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Controller
                control={form.control}
                name="topic"
                render={({ field }) => (
                  <Select
                    label={t.fieldTopic}
                    state={errors.topic ? 'error' : 'default'}
                    stateRelatedMessage={errors.topic?.message}
                    // Controlled: the options arrive after the form opens, and the value must follow.
                    nativeSelectProps={{ ...field }}
                  >
                    <option value="">{t.choose}</option>
                    {topics.data?.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.label}
                      </option>
                    ))}
                  </Select>
                )}
              />
            </div>
            <div className="fr-col-12 fr-col-lg-6">
              <Input
                textArea
                label={t.fieldDescription}
                hintText={t.fieldDescriptionHint}
                state={errors.description ? 'error' : 'default'}
                stateRelatedMessage={errors.description?.message}
                nativeTextAreaProps={{ ...form.register('description'), rows: 12 }}
              />
            </div>
            <div className="fr-col-12 fr-col-lg-6">
              <section aria-labelledby="reuse-preview-title">
                <p id="reuse-preview-title" className="fr-label fr-mb-1w">
                  {t.preview}
                </p>
                <div
                  className="fr-p-2w"
                  style={{
                    border: '1px solid var(--border-default-grey)',
                    minHeight: '12rem',
                    overflowWrap: 'anywhere',
                  }}
                >
                  {description.trim() ? (
                    <Markdown source={description} />
                  ) : (
                    <p className="fr-hint-text">{t.emptyPreview}</p>
                  )}
                </div>
              </section>
            </div>
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
        <SaveErrorAlert error={errors.root?.server} className="fr-mb-2w" />
        {conflict ? (
          <ReuseConflictPanel
            conflict={conflict}
            mine={form.getValues()}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
            pending={update.isPending}
          />
        ) : null}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {readOnly ? null : (
            <li>
              <Button type="submit" disabled={pending || isDeleted || Boolean(conflict)}>
                {pending ? t.saving : reuse ? t.save : t.create}
              </Button>
            </li>
          )}
          <li>
            <Button
              priority="secondary"
              linkProps={{ to: `/organizations/${organizationId}/reuses` }}
            >
              {t.cancel}
            </Button>
          </li>
        </ul>
      </form>
      {blocker.state === 'blocked' ? (
        <UnsavedChangesDialog onLeave={() => blocker.proceed()} onStay={() => blocker.reset()} />
      ) : null}
    </>
  )
}
