import { useMessages } from '@/i18n/messages'
import { ChoiceSelect } from '@/ui/choice-select'
import {
  datasetSortParams,
  pageSizes,
  type DatasetListSearch,
  type PageSize,
} from './dataset-list-params'
import { useDatasetListLabels } from './dataset-list-labels'
import { datasetMessages } from './messages'
import { datasetBadgeKinds, type License } from './types'

/** The filters chosen from a list (licence, badge), the sort order and the page size. */
export function DatasetSelectFilters({
  search,
  licenses,
  badgeLabel,
  onChange,
}: {
  search: DatasetListSearch
  licenses: readonly License[] | undefined
  badgeLabel: (kind: string) => string
  onChange: (patch: Partial<DatasetListSearch>) => void
}) {
  const t = useMessages(datasetMessages)
  const labels = useDatasetListLabels()
  const any = { value: '', label: t.anyValue }
  return (
    <div className="datasets-page__filters">
      <ChoiceSelect
        label={t.filterLicense}
        value={search.license ?? ''}
        choices={[any, ...(licenses ?? []).map(({ id, title }) => ({ value: id, label: title }))]}
        onChange={(license) => onChange({ license: license || undefined })}
      />
      <ChoiceSelect
        label={t.filterBadge}
        value={search.badge ?? ''}
        choices={[
          any,
          ...datasetBadgeKinds.map((kind) => ({ value: kind, label: badgeLabel(kind) })),
        ]}
        onChange={(badge) => onChange({ badge: badge || undefined })}
      />
      <ChoiceSelect
        label={t.sortBy}
        value={search.sort}
        choices={datasetSortParams.map((sort) => ({ value: sort, label: labels.sort(sort) }))}
        onChange={(sort) => onChange({ sort })}
      />
      <ChoiceSelect
        label={t.pageSize}
        value={String(search.page_size)}
        choices={pageSizes.map((size) => ({ value: String(size), label: String(size) }))}
        onChange={(size) => onChange({ page_size: Number(size) as PageSize })}
      />
    </div>
  )
}
