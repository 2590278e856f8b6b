import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useForm, type Path } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import { useConflictResolution } from '@/ui/use-conflict-resolution'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { datasetVersion } from './dataset-conflicts'
import {
  datasetFormFields,
  datasetFormSchema,
  sameFieldValue,
  toDatasetChanges,
  toFormValues,
  type DatasetFormField,
  type DatasetFormValues,
} from './dataset-form-values'
import { toDatasetPut } from './dataset-payload'
import { extrasWrites, hasExtrasWrites } from './extras-values'
import { datasetPageMessages } from './page-messages'
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

/**
 * The metadata editor's state and save. Saving re-reads the dataset first: if someone changed
 * it since the form was opened, the conflict view lets the user choose per field instead of
 * overwriting (udata has no ETag, udata-api.md §8.4). The PUT body always comes from
 * `toDatasetPut`.
 */
export function useDatasetFormSave(dataset: DatasetBase) {
  const t = useMessages(datasetPageMessages)
  const schema = useMemo(() => datasetFormSchema(t), [t])
  // Read in handlers only; a ref, so adopting a newer dataset does not re-render by itself.
  const [initial] = useState<Baseline>(() => ({ dataset, values: toFormValues(dataset) }))
  const baseline = useRef<Baseline>(initial)
  const form = useForm<DatasetFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial.values,
    mode: 'onTouched',
  })
  const update = useUpdateDataset(dataset.id)
  const writeExtras = useWriteDatasetExtras(dataset.id)
  const showSaveError = useShowSaveError(form.setError, datasetFormFields, serverFieldMap)
  const [checking, setChecking] = useState(false)
  const guard = useUnsavedChangesGuard(form.formState.isDirty)
  const { release, hold } = guard
  const conflicts = useConflictResolution({
    form,
    fields: datasetFormFields,
    same: sameFieldValue,
    adopt: (server: DatasetBase, values) => {
      baseline.current = { dataset: server, values }
      return baseline.current
    },
    save: (values, base) => void save(values, base),
    // The PUT carries the whole dataset: any field the server changed is shown before a save.
    needsUser: (found) => found.some((field) => field.kind !== 'mine'),
  })

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
      // Changes only outside the form (resources, extras…) are kept by toDatasetPut(current, …).
      if (conflicts.check(current, serverValues, base.values, values)) {
        hold()
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
      conflicts.close()
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

  return {
    form,
    blocker: guard.blocker,
    conflicts,
    saving: checking || update.isPending || writeExtras.isPending,
    submit: (event: FormEvent<HTMLFormElement>) =>
      form.handleSubmit((values) => save(values, baseline.current))(event),
    /** drops the edits: back to what the form was opened on */
    discard: () => form.reset(baseline.current.values),
  }
}
