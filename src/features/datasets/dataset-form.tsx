import { zodResolver } from '@hookform/resolvers/zod'
import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useForm, type Path } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { DatasetConflictView } from './conflict-view'
import {
  datasetVersion,
  diffConflicts,
  resolveConflicts,
  type ConflictChoice,
  type FieldConflict,
} from './dataset-conflicts'
import { DatasetFields } from './dataset-fields'
import {
  datasetFormFields,
  datasetFormSchema,
  toDatasetChanges,
  toFormValues,
  type DatasetFormField,
  type DatasetFormValues,
} from './dataset-form-values'
import { toDatasetPut } from './dataset-payload'
import { ExtrasField } from './extras-field'
import { extrasWrites, hasExtrasWrites } from './extras-values'
import { datasetMessages } from './messages'
import { useUpdateDataset, useWriteDatasetExtras } from './mutations'
import { fetchCurrentDataset } from './queries'
import type { DatasetBase } from './types'

/** API error paths → form fields (udata nests spatial and temporal coverage). */
const serverFieldMap: Record<string, Path<DatasetFormValues>> = {
  temporal_coverage: 'temporal_start',
  'temporal_coverage.start': 'temporal_start',
  'temporal_coverage.end': 'temporal_end',
  spatial: 'zones',
  'spatial.zones': 'zones',
  'spatial.granularity': 'granularity',
  tags: 'tags',
  contact_points: 'contact_points',
  access_audiences: 'access_audiences',
  extras: 'extras',
}

/** What the form was opened on: the three-way conflict check compares against it. */
type Baseline = { dataset: DatasetBase; values: DatasetFormValues }

type Conflict = {
  server: DatasetBase
  serverValues: DatasetFormValues
  mine: DatasetFormValues
  fields: FieldConflict[]
}

/** Zone names the form already knows survive a save whose answer only has ids. */
function withKnownZoneNames(
  values: DatasetFormValues,
  known: DatasetFormValues,
): DatasetFormValues {
  return {
    ...values,
    zones: values.zones.map((zone) => known.zones.find((other) => other.id === zone.id) ?? zone),
  }
}

type DatasetFormProps = {
  dataset: DatasetBase
  organizationId: string
  canEdit: boolean
  onDirtyChange?: (dirty: boolean) => void
}

/**
 * The metadata editor. Saving re-reads the dataset first: if someone changed it since the form
 * was opened, a conflict view lets the user choose per field instead of overwriting (udata has
 * no ETag, udata-api.md §8.4). The PUT body always comes from `toDatasetPut`.
 */
export function DatasetForm({ dataset, organizationId, canEdit, onDirtyChange }: DatasetFormProps) {
  const t = useMessages(datasetMessages)
  const schema = useMemo(() => datasetFormSchema(t), [t])
  // Read in handlers only; a ref, so adopting a newer dataset does not re-render by itself.
  const [initial] = useState<Baseline>(() => ({ dataset, values: toFormValues(dataset) }))
  const baseline = useRef<Baseline>(initial)
  const form = useForm<DatasetFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial.values,
    mode: 'onTouched',
  })
  const { isDirty, errors } = form.formState
  const update = useUpdateDataset(dataset.id)
  const writeExtras = useWriteDatasetExtras(dataset.id)
  const showSaveError = useShowSaveError(form.setError, datasetFormFields, serverFieldMap)
  const [checking, setChecking] = useState(false)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const saving = checking || update.isPending || writeExtras.isPending

  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])

  // A newer dataset in the cache (after a lifecycle action, a refetch) becomes the baseline,
  // unless the user is editing: then the save's freshness check deals with it.
  useEffect(() => {
    if (
      datasetVersion(dataset) === datasetVersion(baseline.current.dataset) ||
      form.formState.isDirty
    )
      return
    const values = toFormValues(dataset)
    baseline.current = { dataset, values }
    form.reset(values)
  }, [dataset, form])

  const { blocker, release, hold } = useUnsavedChangesGuard(isDirty)

  const save = async (values: DatasetFormValues, base: Baseline) => {
    form.clearErrors('root')
    setChecking(true)
    release()
    let current: DatasetBase
    try {
      current = await fetchCurrentDataset(dataset.id)
    } catch (error) {
      showSaveError(error)
      setChecking(false)
      hold()
      return
    }
    setChecking(false)
    if (datasetVersion(current) !== datasetVersion(base.dataset)) {
      const serverValues = withKnownZoneNames(toFormValues(current), values)
      const fields = diffConflicts(base.values, serverValues, values)
      // Changes only outside the form (resources, extras…) are kept by toDatasetPut(current, …).
      if (fields.some((field) => field.kind !== 'mine')) {
        hold()
        setConflict({ server: current, serverValues, mine: values, fields })
        return
      }
    }
    await write(current, values, base)
  }

  /**
   * The v1 PUT for the fields it carries (skipped when only extras changed, so no date moves),
   * then the extras through the v2 endpoint. If the PUT went through and the extras did not,
   * the saved fields become the baseline and the extras stay as edits.
   */
  const write = async (current: DatasetBase, values: DatasetFormValues, base: Baseline) => {
    const changes = toDatasetChanges(values, base.values)
    const extras = extrasWrites(base.values.extras, values.extras)
    let saved: DatasetBase = current
    try {
      if (Object.keys(changes).length > 0 || !hasExtrasWrites(extras))
        saved = await update.mutateAsync(toDatasetPut(current, changes))
      if (hasExtrasWrites(extras)) {
        const answer = await writeExtras.mutateAsync(extras)
        const kept = Object.fromEntries(
          Object.entries(saved.extras).filter(([key]) => !extras.remove.includes(key)),
        )
        saved = { ...saved, extras: answer ?? kept }
      }
      const savedValues = withKnownZoneNames(toFormValues(saved), values)
      baseline.current = { dataset: saved, values: savedValues }
      form.reset(savedValues)
      setConflict(null)
      notify({ kind: 'success', message: t.saved })
    } catch (error) {
      if (saved !== current) {
        const savedValues = withKnownZoneNames(toFormValues(saved), values)
        baseline.current = { dataset: saved, values: savedValues }
        form.reset({ ...savedValues, extras: values.extras })
        form.setValue('extras', values.extras, { shouldDirty: true })
      }
      if (showSaveError(error)) {
        const first = Object.keys(form.formState.errors)[0]
        if (first && first !== 'root') form.setFocus(first as DatasetFormField)
      }
    } finally {
      hold()
    }
  }

  const handleResolve = (choices: Partial<Record<DatasetFormField, ConflictChoice>>) => {
    if (!conflict) return
    const resolved = resolveConflicts(conflict.serverValues, conflict.mine, choices)
    const base = { dataset: conflict.server, values: conflict.serverValues }
    // The server's state becomes what the form was "opened on"; the user's choices stay edits.
    baseline.current = base
    form.reset(conflict.serverValues)
    for (const field of datasetFormFields)
      form.setValue(field, resolved[field], { shouldDirty: true })
    setConflict(null)
    void save(resolved, base)
  }

  const handleReload = () => {
    if (!conflict) return
    const base = { dataset: conflict.server, values: conflict.serverValues }
    baseline.current = base
    form.reset(base.values)
    setConflict(null)
  }

  const fieldErrorCount = Object.keys(errors).filter((key) => key !== 'root').length

  return (
    <>
      {conflict ? (
        <DatasetConflictView
          organizationId={organizationId}
          conflicts={conflict.fields}
          serverLastModified={datasetVersion(conflict.server)}
          extraContacts={[
            ...(conflict.server.contact_points ?? []),
            ...(dataset.contact_points ?? []),
          ]}
          pending={saving}
          onResolve={handleResolve}
          onCancel={() => setConflict(null)}
          onReload={handleReload}
        />
      ) : null}
      <form
        noValidate
        hidden={conflict !== null}
        aria-labelledby="dataset-form-title"
        onSubmit={(event) =>
          void form.handleSubmit((values) => save(values, baseline.current))(event)
        }
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
        <SaveErrorAlert
          error={errors.root?.server}
          refusedTitle={t.serverError}
          failedTitle={t.saveFailed}
          failedNote={t.editsKept}
        />
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
        {canEdit ? (
          <div className="dataset-form__actions">
            <Button type="submit" disabled={saving}>
              {saving ? t.saving : t.save}
            </Button>
            <Button
              type="button"
              priority="secondary"
              disabled={!isDirty || saving}
              onClick={() => {
                form.reset(baseline.current.values)
              }}
            >
              {t.cancelChanges}
            </Button>
            {isDirty ? (
              <span className="fr-badge fr-badge--sm fr-badge--warning fr-badge--no-icon">
                {t.unsavedChanges}
              </span>
            ) : null}
          </div>
        ) : null}
      </form>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t.leaveTitle}
        confirmLabel={t.leave}
        cancelLabel={t.stay}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>{t.leaveBody}</p>
      </ConfirmDialog>
    </>
  )
}
