import { useMessages } from '@/i18n/messages'
import { FilterChips } from '@/ui/filter-chips'
import { noFilters, type DatasetListSearch } from './dataset-list-params'
import { datasetMessages } from './messages'

/** One chip per filter in force, each removing only itself. */
export function DatasetFilterChips({
  search,
  licenseTitle,
  badgeLabel,
  onChange,
}: {
  search: DatasetListSearch
  licenseTitle: (id: string) => string
  badgeLabel: (kind: string) => string
  onChange: (patch: Partial<DatasetListSearch>) => void
}) {
  const t = useMessages(datasetMessages)
  const chip = (key: string, name: string, value: string, remove: Partial<DatasetListSearch>) => ({
    key,
    label: `${name} : ${value}`,
    removeLabel: t.removeFilter(`${name} ${value}`),
    onRemove: () => onChange(remove),
  })
  const chips = [
    ...(search.q
      ? [
          {
            ...chip('q', t.search, search.q, { q: undefined }),
            removeLabel: t.removeFilter(`« ${search.q} »`),
          },
        ]
      : []),
    ...search.tag.map((tag) =>
      chip(`tag:${tag}`, t.filterTag, tag, { tag: search.tag.filter((other) => other !== tag) }),
    ),
    ...(search.license
      ? [chip('license', t.filterLicense, licenseTitle(search.license), { license: undefined })]
      : []),
    ...(search.format
      ? [chip('format', t.filterFormat, search.format, { format: undefined })]
      : []),
    ...(search.badge
      ? [chip('badge', t.filterBadge, badgeLabel(search.badge), { badge: undefined })]
      : []),
  ]
  return (
    <FilterChips
      label={t.filters}
      chips={chips}
      clearLabel={t.clearFilters}
      onClear={() => onChange(noFilters)}
    />
  )
}
