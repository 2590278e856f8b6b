import { zodResolver } from '@hookform/resolvers/zod'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { apiFetch } from '@/api/client'
import { datasetReferenceQueries } from '@/features/datasets/queries'
import { DatasetPicker } from '@/features/reuses/dataset-picker'
import { TagsField } from '@/features/reuses/tags-field'
import { UnsavedChangesDialog } from '@/features/reuses/unsaved-changes-dialog'
import { useLanguage } from '@/i18n/language'
import { LicenseOptions } from '@/features/datasets/license-options'
import { useMessages } from '@/i18n/messages'
import {
  diffFieldConflicts,
  resolveChoices,
  type ConflictChoices,
  type FieldConflict,
} from '@/ui/field-conflicts'
import { Markdown } from '@/ui/markdown'
import { notify, notifyAfter } from '@/ui/notices'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { ContactPointsField } from './contact-points-field'
import { DataserviceConflictView } from './dataservice-conflict-view'
import {
  changedFields,
  dataserviceFormFields,
  dataserviceFormSchema,
  emptyDataserviceFormValues,
  sameFieldValue,
  toDataservicePatch,
  toFormValues,
  toNewDataservice,
  type DataserviceFormField,
  type DataserviceFormValues,
  urlFields,
} from './dataservice-form-values'
import { useDataserviceLabels } from './dataservice-labels'
import { dataserviceMessages } from './messages'
import { useCreateDataservice, useUpdateDataservice } from './mutations'
import { dataserviceQueries, fetchLinkedDatasets } from './queries'
import {
  accessTypes,
  audienceConditions,
  audienceRoles,
  dataserviceFormats,
  type Dataservice,
  type LinkedDatasetRef,
} from './types'

/** What the form was opened on: the conflict check compares the server's copy against it. */
type Base = { values: DataserviceFormValues; modified_at: string | null }

type Conflict = {
  server: Dataservice
  serverValues: DataserviceFormValues
  fields: FieldConflict<DataserviceFormField, DataserviceFormValues>[]
}

/**
 * Create or edit an API. Editing PATCHes only the changed fields (`datasets`, when changed,
 * as the complete list). Just before, it re-reads the API: if its `metadata_modified_at` moved
 * and someone changed a field the user also changed, the conflict view lets the user choose
 * instead of overwriting (udata has no ETag).
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
  const lang = useLanguage()
  const labels = useDataserviceLabels()
  const navigate = useNavigate()
  const licenses = useQuery(datasetReferenceQueries.licenses(lang))
  const reasons = useQuery(dataserviceQueries.reasonCategories(lang))
  const [base, setBase] = useState<Base>(() => ({
    values: dataservice
      ? toFormValues(dataservice, linkedDatasets ?? [])
      : emptyDataserviceFormValues,
    modified_at: dataservice?.metadata_modified_at ?? null,
  }))
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [checking, setChecking] = useState(false)
  const schema = useMemo(
    () =>
      dataserviceFormSchema({
        required: t.required,
        tooLong: t.tooLong,
        availability: t.availabilityInvalid,
        invalid: t.urlInvalid,
        scheme: t.urlScheme,
        local: t.urlLocal,
      }),
    [t],
  )
  const form = useForm<DataserviceFormValues>({
    resolver: zodResolver(schema),
    defaultValues: base.values,
  })
  const { errors, isDirty, isSubmitting } = form.formState
  const [description, accessType] = useWatch({
    control: form.control,
    name: ['description', 'access_type'],
  })
  const create = useCreateDataservice()
  const update = useUpdateDataservice(dataservice?.id ?? '')
  const { blocker, release } = useUnsavedChangesGuard(isDirty)
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])
  const isDeleted = Boolean(dataservice?.deleted_at)
  const pending = create.isPending || update.isPending || checking || isSubmitting

  const showSaveError = useShowSaveError(form.setError, dataserviceFormFields)
  const showServerErrors = (error: unknown) => {
    if (!showSaveError(error)) return
    const first = dataserviceFormFields.find((field) => form.getFieldState(field).error)
    if (first && !['datasets', 'tags', 'contact_points', 'access_audiences'].includes(first))
      form.setFocus(first)
  }

  const save = async (values: DataserviceFormValues, from: Base) => {
    if (!dataservice) return
    const fields = changedFields(from.values, values)
    if (fields.length === 0) {
      notify({ kind: 'info', message: t.nothingChanged })
      return
    }
    // The server's datasets when they moved meanwhile: what the form shows after the save.
    let serverDatasets: LinkedDatasetRef[] | null = null
    setChecking(true)
    try {
      const current = await apiFetch<Dataservice>(
        `/api/1/dataservices/${encodeURIComponent(dataservice.id)}/`,
      )
      if (current.metadata_modified_at !== from.modified_at) {
        serverDatasets = await fetchLinkedDatasets(dataservice.id)
        const serverValues = toFormValues(current, serverDatasets)
        const found = diffFieldConflicts(
          dataserviceFormFields,
          sameFieldValue,
          from.values,
          serverValues,
          values,
        )
        // Only the changed fields are sent: a change on the server alone is kept as it is.
        if (found.some((item) => item.kind === 'both')) {
          setConflict({ server: current, serverValues, fields: found })
          return
        }
      }
    } catch (error) {
      showServerErrors(error)
      return
    } finally {
      setChecking(false)
    }
    update.mutate(toDataservicePatch(values, fields), {
      onSuccess: (saved) => {
        const datasets =
          fields.includes('datasets') || !serverDatasets ? values.datasets : serverDatasets
        const next = {
          values: toFormValues(saved, datasets),
          modified_at: saved.metadata_modified_at,
        }
        setBase(next)
        setConflict(null)
        form.reset(next.values)
        notify({ kind: 'success', message: t.saved })
      },
      onError: showServerErrors,
    })
  }

  const submit = (values: DataserviceFormValues) => {
    if (dataservice) return save(values, base)
    create.mutate(toNewDataservice(values, organizationId), {
      onSuccess: (created) => {
        release()
        notifyAfter(
          navigate(`/organizations/${organizationId}/dataservices/${created.id}`, {
            replace: true,
          }),
          { kind: 'success', message: t.created },
        )
      },
      onError: showServerErrors,
    })
  }

  const resolve = (choices: ConflictChoices<DataserviceFormField>) => {
    if (!conflict) return
    const mine = form.getValues()
    const resolved = resolveChoices(dataserviceFormFields, conflict.serverValues, mine, choices)
    // The server's copy becomes what the form was "opened on"; the user's choices stay edits.
    const next = {
      values: conflict.serverValues,
      modified_at: conflict.server.metadata_modified_at,
    }
    setBase(next)
    form.reset(conflict.serverValues)
    for (const field of changedFields(conflict.serverValues, resolved))
      form.setValue(field, resolved[field], { shouldDirty: true })
    setConflict(null)
    void save(resolved, next)
  }

  const reload = () => {
    if (!conflict) return
    const next = {
      values: conflict.serverValues,
      modified_at: conflict.server.metadata_modified_at,
    }
    setBase(next)
    form.reset(next.values)
    setConflict(null)
  }

  const fieldState = (field: DataserviceFormField) => {
    const error = errors[field]?.message
    return error
      ? { state: 'error' as const, stateRelatedMessage: error }
      : { state: 'default' as const }
  }
  const urlInput = (field: (typeof urlFields)[number], label: string, hint?: string) => (
    <Input
      label={label}
      hintText={hint}
      {...fieldState(field)}
      nativeInputProps={{ ...form.register(field), type: 'url', inputMode: 'url' }}
    />
  )

  return (
    <>
      {conflict ? (
        <DataserviceConflictView
          organizationId={organizationId}
          conflicts={conflict.fields}
          serverModifiedAt={conflict.server.metadata_modified_at}
          knownContacts={[
            ...conflict.server.contact_points,
            ...(dataservice?.contact_points ?? []),
          ]}
          pending={update.isPending}
          onResolve={resolve}
          onCancel={() => setConflict(null)}
          onReload={reload}
        />
      ) : null}
      <form
        noValidate
        aria-label={dataservice ? t.editTitle : t.createTitle}
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
      >
        <fieldset
          className="fr-fieldset"
          disabled={isDeleted || Boolean(conflict)}
          style={{ border: 0, padding: 0, margin: 0, display: 'block' }}
        >
          <h2 className="fr-h5">{t.sectionGeneral}</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-8">
              <Input
                label={t.fieldTitle}
                {...fieldState('title')}
                nativeInputProps={{ ...form.register('title'), autoComplete: 'off' }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Input
                label={t.fieldAcronym}
                {...fieldState('acronym')}
                nativeInputProps={{ ...form.register('acronym'), autoComplete: 'off' }}
              />
            </div>
            <div className="fr-col-12 fr-col-lg-6">
              <Input
                textArea
                label={t.fieldDescription}
                hintText={t.fieldDescriptionHint}
                {...fieldState('description')}
                nativeTextAreaProps={{ ...form.register('description'), rows: 10 }}
              />
            </div>
            <div className="fr-col-12 fr-col-lg-6">
              <section aria-labelledby="dataservice-preview-title">
                <p id="dataservice-preview-title" className="fr-label fr-mb-1w">
                  {t.preview}
                </p>
                <div
                  className="fr-p-2w"
                  style={{
                    border: '1px solid var(--border-default-grey)',
                    minHeight: '10rem',
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
          </div>

          <h2 className="fr-h5 fr-mt-4w">{t.sectionTechnical}</h2>
          {urlInput('base_api_url', t.fieldBaseApiUrl, t.fieldBaseApiUrlHint)}
          {urlInput('machine_documentation_url', t.fieldMachineDoc)}
          {urlInput('technical_documentation_url', t.fieldTechnicalDoc)}
          {urlInput('business_documentation_url', t.fieldBusinessDoc)}
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4">
              <Select
                label={t.fieldFormat}
                {...fieldState('format')}
                nativeSelectProps={form.register('format')}
              >
                <option value="">{t.noFormat}</option>
                {dataserviceFormats.map((format) => (
                  <option key={format} value={format}>
                    {format}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-8">
              <Controller
                control={form.control}
                name="license"
                render={({ field }) => (
                  <Select
                    label={t.fieldLicense}
                    {...fieldState('license')}
                    // Controlled: the options arrive after the form opens, and the value must follow.
                    nativeSelectProps={{ ...field }}
                  >
                    <option value="">{t.noLicense}</option>
                    <LicenseOptions value={field.value} licenses={licenses.data} />
                  </Select>
                )}
              />
            </div>
          </div>

          <h2 className="fr-h5 fr-mt-4w">{t.sectionAccess}</h2>
          <Select
            label={t.fieldAccessType}
            {...fieldState('access_type')}
            nativeSelectProps={form.register('access_type')}
          >
            {accessTypes.map((access) => (
              <option key={access} value={access}>
                {labels.access(access)}
              </option>
            ))}
          </Select>
          {accessType === 'restricted' ? (
            <fieldset
              className={`fr-fieldset${errors.access_audiences ? ' fr-fieldset--error' : ''}`}
              aria-labelledby="dataservice-audiences-legend"
              aria-describedby={errors.access_audiences ? 'dataservice-audiences-error' : undefined}
            >
              <legend className="fr-fieldset__legend" id="dataservice-audiences-legend">
                {t.fieldAudiences}
                <span className="fr-hint-text">{t.audiencesHint}</span>
              </legend>
              {audienceRoles.map((role) => (
                <div key={role} className="fr-fieldset__element fr-col-12 fr-col-md-4">
                  <Select
                    label={labels.role(role)}
                    nativeSelectProps={form.register(`access_audiences.${role}`)}
                  >
                    {(['', ...audienceConditions] as const).map((condition) => (
                      <option key={condition} value={condition}>
                        {labels.condition(condition)}
                      </option>
                    ))}
                  </Select>
                </div>
              ))}
              {errors.access_audiences?.message ? (
                <div className="fr-messages-group" id="dataservice-audiences-error">
                  <p className="fr-message fr-message--error">{errors.access_audiences.message}</p>
                </div>
              ) : null}
            </fieldset>
          ) : (
            <p className="fr-hint-text">{t.audienceCleared}</p>
          )}
          {urlInput('authorization_request_url', t.fieldAuthorizationUrl)}
          <Controller
            control={form.control}
            name="access_type_reason_category"
            render={({ field }) => (
              <Select
                label={t.fieldReasonCategory}
                {...fieldState('access_type_reason_category')}
                nativeSelectProps={{ ...field }}
              >
                <option value="">{t.noReason}</option>
                {(reasons.data ?? []).map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.label}
                  </option>
                ))}
              </Select>
            )}
          />
          <Input
            label={t.fieldReason}
            {...fieldState('access_type_reason')}
            nativeInputProps={form.register('access_type_reason')}
          />

          <h2 className="fr-h5 fr-mt-4w">{t.sectionQuality}</h2>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4">
              <Input
                label={t.fieldAvailability}
                hintText={t.fieldAvailabilityHint}
                {...fieldState('availability')}
                nativeInputProps={{ ...form.register('availability'), inputMode: 'decimal' }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-8">
              {urlInput('availability_url', t.fieldAvailabilityUrl)}
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Input
                label={t.fieldRateLimiting}
                hintText={t.fieldRateLimitingHint}
                {...fieldState('rate_limiting')}
                nativeInputProps={form.register('rate_limiting')}
              />
            </div>
            <div className="fr-col-12 fr-col-md-8">
              {urlInput('rate_limiting_url', t.fieldRateLimitingUrl)}
            </div>
          </div>

          <h2 className="fr-h5 fr-mt-4w">{t.sectionLinks}</h2>
          <Controller
            control={form.control}
            name="datasets"
            render={({ field, fieldState: state }) => (
              <DatasetPicker
                organizationId={organizationId}
                legend={t.fieldDatasets}
                value={field.value}
                onChange={field.onChange}
                error={state.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="tags"
            render={({ field, fieldState: state }) => (
              <TagsField
                value={field.value}
                onChange={field.onChange}
                error={state.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="contact_points"
            render={({ field, fieldState: state }) => (
              <ContactPointsField
                organizationId={organizationId}
                value={field.value}
                onChange={field.onChange}
                known={dataservice?.contact_points ?? []}
                error={state.error?.message}
              />
            )}
          />
        </fieldset>
        {dataservice ? null : <p className="fr-hint-text fr-mt-2w">{t.createdAsDraft}</p>}
        <SaveErrorAlert error={errors.root?.server} className="fr-mb-2w" />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <Button type="submit" disabled={pending || isDeleted || Boolean(conflict)}>
              {pending ? t.saving : dataservice ? t.save : t.create}
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              linkProps={{ to: `/organizations/${organizationId}/dataservices` }}
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
