import { useMessages } from '@/i18n/messages'
import { ReviewFilters } from '@/ui/filter-form'
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
  return (
    <ReviewFilters
      label={t.filter}
      unreviewed={{
        id: 'review-unreviewed',
        label: t.onlyUnreviewed,
        column: 'fr-col-12 fr-col-md-3',
      }}
      filters={filters}
      update={update}
      selects={[
        {
          key: 'dataset',
          label: t.dataset,
          allLabel: t.allDatasets,
          choices: choices.dataset,
          column: 'fr-col-12 fr-col-md-3',
        },
        {
          key: 'type',
          label: t.type,
          allLabel: t.allTypes,
          choices: choices.type,
          column: 'fr-col-6 fr-col-md-3',
        },
        {
          key: 'topic',
          label: t.topic,
          allLabel: t.allTopics,
          choices: choices.topic,
          column: 'fr-col-6 fr-col-md-3',
        },
      ]}
    />
  )
}
