import { Select } from '@codegouvfr/react-dsfr/Select'
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { TitledSection } from '@/ui/titled-section'
import { ChangeList } from './change-list'
import type { ValueLabels } from './format'
import { itemStatuses, type ItemStatus, type JobItem } from './job'
import { itemDetail } from './job-report'
import type { BulkMessages } from './messages'
import { StatusBadge } from './status-badge'
import { VirtualList } from './virtual-list'

/** Every dataset of the job with its outcome, filtered by status. */
export function ResultsList({
  organizationId,
  items,
  labels,
  t,
}: {
  organizationId: string
  items: readonly JobItem[]
  labels: ValueLabels
  t: BulkMessages
}) {
  const [filter, setFilter] = useState<ItemStatus | 'all'>('all')
  const counts = useMemo(() => {
    const result = Object.fromEntries(itemStatuses.map((status) => [status, 0])) as Record<
      ItemStatus,
      number
    >
    for (const item of items) result[item.status] += 1
    return result
  }, [items])
  const shown = useMemo(
    () => (filter === 'all' ? items : items.filter((item) => item.status === filter)),
    [items, filter],
  )
  return (
    <TitledSection
      id="bulk-results-title"
      title={t.resultsTitle}
      className="fr-mt-4w"
      headingClassName="fr-h5"
    >
      <Select
        label={t.filterStatus}
        nativeSelectProps={{
          value: filter,
          onChange: (event) => setFilter(event.target.value as ItemStatus | 'all'),
        }}
      >
        <option value="all">{t.allStatuses(items.length)}</option>
        {itemStatuses.map((status) => (
          <option key={status} value={status} disabled={counts[status] === 0}>
            {t.statusCount(t.statuses[status], counts[status])}
          </option>
        ))}
      </Select>
      {shown.length === 0 ? (
        <p>{t.noResults}</p>
      ) : (
        <VirtualList
          key={filter}
          tall
          items={shown}
          label={t.datasetsCount(shown.length)}
          estimateSize={84}
          getKey={(item) => item.dataset_id}
          renderItem={(item) => (
            <div className="bulk-results__row">
              <div>
                <Link
                  to={`/organizations/${encodeURIComponent(organizationId)}/datasets/${encodeURIComponent(item.dataset_id)}`}
                  aria-label={t.openDataset(item.title)}
                >
                  {item.title}
                </Link>
              </div>
              <div>
                <StatusBadge status={item.status}>{t.statuses[item.status]}</StatusBadge>
              </div>
              <div>
                <ChangeList change={item} labels={labels} t={t} />
                {itemDetail(item, t) ? (
                  <p className="fr-text--sm fr-mb-0 fr-mt-1v">{itemDetail(item, t)}</p>
                ) : null}
              </div>
            </div>
          )}
        />
      )}
    </TitledSection>
  )
}
