import { useMemo, useState } from 'react'
import { apiFetch } from '@/api/client'
import { fetchAllPages, toSearchParams } from '@/api/pagination'
import { useMessages } from '@/i18n/messages'
import type { Known } from '@/ui/use-checked-save'
import { useFormSave } from '@/ui/use-form-save'
import { reuseMessages } from './messages'
import { useCreateReuse, useUpdateReuse } from './mutations'
import {
  emptyReuseFormValues,
  reuseFormFields,
  reuseFormSchema,
  sameFieldValue,
  toFormValues,
  toNewReuse,
  toReusePayload,
  type ReuseFormValues,
} from './reuse-form-values'
import type { Reuse, ReuseDatasetRef, ReuseV2 } from './types'

/** Fields a udata 400 may name that take the focus (the lists do not). */
const focusable = reuseFormFields.filter((field) => field !== 'datasets' && field !== 'tags')

/**
 * The server's current reuse for the conflict check; null when `last_modified` did not move.
 * v2 is lighter (no embedded datasets): the dataset list is read, every page of it, only when
 * the reuse did change.
 */
async function fetchCurrent(
  reuseId: string,
  since: string | null,
): Promise<Known<ReuseFormValues, Reuse> | null> {
  const reuse = await apiFetch<ReuseV2>(`/api/2/reuses/${reuseId}/`)
  if (reuse.last_modified === since) return null
  const datasets = Array.isArray(reuse.datasets)
    ? reuse.datasets
    : await fetchAllPages<ReuseDatasetRef>(
        reuse.datasets.href ||
          `/api/2/datasets/?${toSearchParams({ reuse: reuseId, page_size: 100 })}`,
      )
  return { server: { ...reuse, datasets }, values: toFormValues(reuse, datasets) }
}

/** What the reuse form is opened on: a new reuse of the organization, or one to edit. */
export type ReuseFormProps = {
  organizationId: string
  reuse?: Reuse
  linkedDatasets?: ReuseDatasetRef[]
}

/**
 * Create or edit a reuse. Editing sends only the changed fields (reuse PUT is partial), after
 * the conflict check of useCheckedSave.
 */
export function useReuseFormSave({ organizationId, reuse, linkedDatasets }: ReuseFormProps) {
  const t = useMessages(reuseMessages)
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
  const [opened] = useState(() => ({
    values: reuse ? toFormValues(reuse, linkedDatasets ?? []) : emptyReuseFormValues,
    server: reuse ?? null,
  }))
  const create = useCreateReuse()
  const update = useUpdateReuse(reuse?.id ?? '')
  return useFormSave({
    schema,
    opened,
    fields: reuseFormFields,
    focusable,
    same: sameFieldValue,
    read: async (since) => (reuse ? fetchCurrent(reuse.id, since?.last_modified ?? null) : null),
    write: async (values, fields) => {
      const saved = await update.mutateAsync(toReusePayload(values, fields))
      // The PUT answer embeds the datasets; if not, the list just sent is the truth.
      const datasets = Array.isArray(saved.datasets) ? saved.datasets : values.datasets
      return { server: saved, values: toFormValues(saved, datasets) }
    },
    messages: { saved: t.saved, nothingChanged: t.nothingChanged },
    create: {
      send: (values) => create.mutateAsync(toNewReuse(values, organizationId)),
      pending: create.isPending,
      to: (created) => `/organizations/${organizationId}/reuses/${created.id}`,
      message: t.created,
    },
  })
}
