import { useQuery } from '@tanstack/react-query'
import { useMessages } from '@/i18n/messages'
import { SearchPicker } from '@/ui/search-picker'
import { useTypedSearch } from '@/ui/use-typed-search'
import { reuseMessages } from './messages'
import { datasetPickerQueries } from './queries'
import type { LinkedDataset } from './reuse-form-values'
import type { DatasetSummary } from './types'

const asItem = (dataset: LinkedDataset) => ({ ...dataset, key: dataset.id })

/**
 * The reuse's linked datasets, and a search-as-you-type picker over the organization's datasets
 * (drafts included: `/api/2/datasets/?organization=`) and all public ones (`/datasets/suggest/`).
 * The selected list is always the complete one; nothing here pages or truncates it.
 */
export function DatasetPicker({
  organizationId,
  value,
  onChange,
  error,
  legend,
}: {
  organizationId: string
  value: LinkedDataset[]
  onChange: (datasets: LinkedDataset[]) => void
  error?: string
  /** the field's name where it is not a reuse's "datasets used" (an API's linked datasets) */
  legend?: string
}) {
  const t = useMessages(reuseMessages)
  const { query, setQuery, q, searching } = useTypedSearch()
  const own = useQuery(datasetPickerQueries.organization(organizationId, q))
  const suggested = useQuery(datasetPickerQueries.suggest(q))
  const ownResults = (own.data?.data ?? []).filter((dataset) => !dataset.deleted)
  const ownIds = new Set(ownResults.map((dataset) => dataset.id))
  const publicResults = (suggested.data ?? []).filter((dataset) => !ownIds.has(dataset.id))
  const items = (datasets: DatasetSummary[]) =>
    datasets.map((dataset) => asItem({ id: dataset.id, title: dataset.title }))

  return (
    <SearchPicker
      texts={{
        legend: legend ?? t.fieldDatasets,
        hint: t.datasetsHint,
        searchLabel: t.datasetSearch,
        searchHint: t.datasetSearchPlaceholder,
        count: t.linkedCount,
        none: t.noLinkedDataset,
        noResult: t.noDatasetFound,
        add: t.addDataset,
        remove: t.removeDataset,
      }}
      value={value.map(asItem)}
      onChange={(picked) => onChange(picked.map(({ id, title }) => ({ id, title })))}
      query={query}
      onQueryChange={setQuery}
      groups={[
        { title: t.orgDatasets, items: items(ownResults) },
        { title: t.publicDatasets, items: items(publicResults) },
      ]}
      searching={searching}
      fetching={own.isFetching || suggested.isFetching}
      error={error}
    />
  )
}
