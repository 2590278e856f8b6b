import { useMemo, useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { useFormSave } from '@/ui/use-form-save'
import {
  dataserviceFormFields,
  dataserviceFormSchema,
  emptyDataserviceFormValues,
  sameFieldValue,
  toDataservicePatch,
  toFormValues,
  toNewDataservice,
} from './dataservice-form-values'
import { dataserviceMessages } from './messages'
import { useCreateDataservice, useUpdateDataservice } from './mutations'
import { fetchDataservice, fetchLinkedDatasets } from './queries'
import type { Dataservice, LinkedDatasetRef } from './types'

/** Fields a udata 400 may name that take the focus (lists and fieldsets do not). */
const focusable = dataserviceFormFields.filter(
  (field) => !['datasets', 'tags', 'contact_points', 'access_audiences'].includes(field),
)

/** What the API form is opened on: a new API of the organization, or one to edit. */
export type DataserviceFormProps = {
  organizationId: string
  dataservice?: Dataservice
  /** the complete list (every page read): a PATCH of `datasets` replaces it whole */
  linkedDatasets?: LinkedDatasetRef[]
}

/**
 * Create or edit an API. Editing PATCHes only the changed fields (`datasets`, when changed, as
 * the complete list), after re-reading the API: when its `metadata_modified_at` moved, the
 * linked datasets are read again too, for the three-way comparison.
 */
export function useDataserviceFormSave({
  organizationId,
  dataservice,
  linkedDatasets,
}: DataserviceFormProps) {
  const t = useMessages(dataserviceMessages)
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
  const [opened] = useState(() => ({
    values: dataservice
      ? toFormValues(dataservice, linkedDatasets ?? [])
      : emptyDataserviceFormValues,
    server: dataservice ?? null,
  }))
  const create = useCreateDataservice()
  const update = useUpdateDataservice(dataservice?.id ?? '')
  return useFormSave({
    schema,
    opened,
    fields: dataserviceFormFields,
    focusable,
    same: sameFieldValue,
    read: async (since) => {
      if (!dataservice) return null
      const server = await fetchDataservice(dataservice.id)
      if (server.metadata_modified_at === since?.metadata_modified_at) return null
      return { server, values: toFormValues(server, await fetchLinkedDatasets(dataservice.id)) }
    },
    write: async (values, fields, _latest, now) => {
      const saved = await update.mutateAsync(toDataservicePatch(values, fields))
      // The server's datasets when they moved meanwhile: what the form shows after the save.
      const datasets = fields.includes('datasets') || !now ? values.datasets : now.values.datasets
      return { server: saved, values: toFormValues(saved, datasets) }
    },
    messages: { saved: t.saved, nothingChanged: t.nothingChanged },
    create: {
      send: (values) => create.mutateAsync(toNewDataservice(values, organizationId)),
      pending: create.isPending,
      to: (created) => `/organizations/${organizationId}/dataservices/${created.id}`,
      message: t.created,
    },
  })
}
