import { useQuery } from '@tanstack/react-query'
import { datasetPickerQueries, reuseQueries } from '@/features/reuses/queries'
import { useMessages } from '@/i18n/messages'
import { SearchPicker } from '@/ui/search-picker'
import { useTypedSearch } from '@/ui/use-typed-search'
import { assignedObject, type AssignedObject } from './assigned-objects'
import { memberMessages } from './messages'

/**
 * The objects of the organization a partial editor may edit: its datasets and reuses (drafts
 * included, since members list them), searched as you type. The whole set is the value.
 */
export function AssignmentPicker({
  organizationId,
  value,
  onChange,
  error,
}: {
  organizationId: string
  value: AssignedObject[]
  onChange: (objects: AssignedObject[]) => void
  error?: string
}) {
  const t = useMessages(memberMessages)
  const { query, setQuery, q, searching } = useTypedSearch()
  const datasets = useQuery(datasetPickerQueries.organization(organizationId, q))
  const reuses = useQuery({
    ...reuseQueries.list({ organization: organizationId, q, page_size: 10 }),
    enabled: searching,
  })

  return (
    <SearchPicker
      texts={{
        legend: t.assignmentsLegend,
        hint: t.assignmentsHint,
        searchLabel: t.assignmentSearch,
        searchHint: t.assignmentSearchHint,
        count: t.assignedCount,
        none: t.noAssignment,
        noResult: t.noObjectFound,
        add: t.addObject,
        remove: t.removeObject,
      }}
      value={value}
      onChange={onChange}
      query={query}
      onQueryChange={setQuery}
      groups={[
        {
          title: t.groupDatasets,
          items: (datasets.data?.data ?? []).map((dataset) =>
            assignedObject({ class: 'Dataset', id: dataset.id }, dataset.title),
          ),
        },
        {
          title: t.groupReuses,
          items: (reuses.data?.data ?? []).map((reuse) =>
            assignedObject({ class: 'Reuse', id: reuse.id }, reuse.title),
          ),
        },
      ]}
      searching={searching}
      fetching={datasets.isFetching || reuses.isFetching}
      error={error}
    />
  )
}
