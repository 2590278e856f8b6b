import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ReactNode } from 'react'
import { ReviewFilters, type ReviewFilterValues, type ReviewFiltersProps } from './filter-form'
import { InboxProgress } from './inbox-progress'

/**
 * The frame of a review inbox built from many requests: its title and intro, where the reading
 * stands (and how many datasets could not be read), its filters, then (once anything is in) the
 * results line, the rows, and "show more".
 */
export function InboxPage<Filters extends ReviewFilterValues>({
  title,
  intro,
  inbox,
  loadingLabel,
  labels,
  status,
  more,
  children,
  ...filters
}: Omit<ReviewFiltersProps<Filters>, 'datasets' | 'labels'> & {
  title: string
  intro: string
  inbox: {
    items: readonly unknown[]
    datasets: ReviewFiltersProps<Filters>['datasets']
    isPending: boolean
    error: unknown
    refetch: () => void
    /** how many datasets could not be read */
    failed: number
  }
  loadingLabel: string
  labels: ReviewFiltersProps<Filters>['labels'] & { failedDatasets: (n: number) => string }
  /** the results line, read out when it changes */
  status: ReactNode
  /** "show more": how many it adds (0 hides it), and its label */
  more: { next: number; showMore: () => void; label: string }
  children: ReactNode
}) {
  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{title}</h1>
      <p>{intro}</p>
      <InboxProgress
        error={inbox.error}
        onRetry={inbox.refetch}
        pending={inbox.isPending}
        loadingLabel={loadingLabel}
        failed={inbox.failed > 0 ? labels.failedDatasets(inbox.failed) : null}
      />
      <ReviewFilters labels={labels} datasets={inbox.datasets} {...filters} />
      {!inbox.isPending || inbox.items.length > 0 ? (
        <>
          <p role="status">{status}</p>
          {children}
          {more.next > 0 ? (
            <Button priority="secondary" onClick={more.showMore}>
              {more.label}
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
