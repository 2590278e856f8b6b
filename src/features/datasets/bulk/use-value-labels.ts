import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { contactPointQueries, datasetReferenceQueries } from '@/features/datasets/queries'
import { useLanguage } from '@/i18n/language'
import type { BulkField } from './fields'
import type { ValueLabels } from './format'

/** Labels for the ids the touched fields hold; only the lists those fields need are fetched. */
export function useValueLabels(
  organizationId: string,
  fields: ReadonlySet<BulkField>,
): ValueLabels {
  const lang = useLanguage()
  const licenses = useQuery({
    ...datasetReferenceQueries.licenses(lang),
    enabled: fields.has('license'),
  })
  const frequencies = useQuery({
    ...datasetReferenceQueries.frequencies(lang),
    enabled: fields.has('frequency'),
  })
  const granularities = useQuery({
    ...datasetReferenceQueries.granularities(lang),
    enabled: fields.has('spatial_granularity'),
  })
  const contacts = useQuery({
    ...contactPointQueries.list(organizationId),
    enabled: fields.has('contact_points'),
  })
  return useMemo(
    () => ({
      licenses: new Map((licenses.data ?? []).map((item) => [item.id, item.title])),
      frequencies: new Map((frequencies.data ?? []).map((item) => [item.id, item.label])),
      granularities: new Map((granularities.data ?? []).map((item) => [item.id, item.name])),
      contacts: new Map((contacts.data?.data ?? []).map((item) => [item.id, item.name])),
    }),
    [licenses.data, frequencies.data, granularities.data, contacts.data],
  )
}
