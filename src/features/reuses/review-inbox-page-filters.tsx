import { useMessages } from '@/i18n/messages'
import { ChoiceFilter } from '@/ui/choice-filter'
import { CheckboxFilter, FilterForm } from '@/ui/filter-form'
import { reuseMessages } from './messages'
import type { InboxFilters } from './review-inbox'

type Choices = readonly { id: string; label: string }[] | undefined

/** The inbox's filters: unreviewed only, then a dataset, a type and a topic to narrow to. */
export function ReviewInboxFilters({
  filters,
  update,
  choices,
}: {
  filters: InboxFilters
  update: (patch: Partial<InboxFilters>) => void
  choices: { dataset: Choices; type: Choices; topic: Choices }
}) {
  const t = useMessages(reuseMessages)
  const selects = [
    { key: 'dataset', label: t.dataset, allLabel: t.allDatasets, column: 'fr-col-12' },
    { key: 'type', label: t.type, allLabel: t.allTypes, column: 'fr-col-6' },
    { key: 'topic', label: t.topic, allLabel: t.allTopics, column: 'fr-col-6' },
  ] as const
  return (
    <FilterForm label={t.filter}>
      <div className="fr-col-12 fr-col-md-3">
        <CheckboxFilter
          id="review-unreviewed"
          label={t.onlyUnreviewed}
          checked={filters.unreviewed}
          onChange={(unreviewed) => update({ unreviewed })}
        />
      </div>
      {selects.map(({ key, label, allLabel, column }) => (
        <div key={key} className={`${column} fr-col-md-3`}>
          <ChoiceFilter
            label={label}
            allLabel={allLabel}
            value={filters[key]}
            choices={choices[key]}
            onChange={(value) => update({ [key]: value })}
          />
        </div>
      ))}
    </FilterForm>
  )
}
