import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { parseUdataDate } from '@/ui/dates'
import { InboxPage } from '@/ui/inbox-page'
import { usePageTitle } from '@/ui/page-title'
import { useShownRows } from '@/ui/shown-rows'
import { useUrlFilters } from '@/ui/url-filters'
import {
  readReviewState,
  setLastVisit,
  setReviewed,
  useReviewState,
  type ReviewScope,
} from '@/features/review/review-store'
import { useReviewScope } from '@/features/review/use-review-scope'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import { filterInbox, type InboxFilters } from './review-inbox'
import { ReviewInboxTable } from './review-inbox-page-table'
import { useReviewInbox } from './use-review-inbox'

function parseFilters(search: URLSearchParams): InboxFilters {
  return {
    unreviewed: search.get('unreviewed') === '1',
    dataset: search.get('dataset') ?? '',
    type: search.get('type') ?? '',
    topic: search.get('topic') ?? '',
  }
}

function toSearch(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.unreviewed) params.set('unreviewed', '1')
  if (filters.dataset) params.set('dataset', filters.dataset)
  if (filters.type) params.set('type', filters.type)
  if (filters.topic) params.set('topic', filters.topic)
  return params
}

/**
 * "New" means created since the previous visit; opening the inbox is the new visit. Undefined
 * until the scope is known, null on a first visit.
 */
function usePreviousVisit(scope: ReviewScope | null) {
  const [previousVisit, setPreviousVisit] = useState<string | null | undefined>(undefined)
  const visitRecorded = useRef(false)
  useEffect(() => {
    if (!scope || visitRecorded.current) return
    visitRecorded.current = true
    setPreviousVisit(readReviewState(scope).lastVisit)
    setLastVisit(scope, new Date().toISOString())
  }, [scope])
  return (created: string) =>
    previousVisit !== undefined &&
    previousVisit !== null &&
    (parseUdataDate(created)?.getTime() ?? 0) > new Date(previousVisit).getTime()
}

/** Others' reuses of the organization's datasets, to review (state kept in this browser). */
export function ReviewInboxPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  usePageTitle(t.reviewTitle)
  const { filters, update: updateFilters } = useUrlFilters(parseFilters, toSearch)
  const inbox = useReviewInbox(organizationId)
  const scope = useReviewScope(organizationId, 'reuses')
  const { reviewed } = useReviewState(scope)
  const types = useQuery(reuseQueries.types(lang))
  const topics = useQuery(reuseQueries.topics(lang))
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const isNew = usePreviousVisit(scope)

  const items = useMemo(
    () => filterInbox(inbox.items, filters, reviewed),
    [inbox.items, filters, reviewed],
  )
  const shown = useShownRows(items)
  const datasetTitle = (id: string) =>
    inbox.datasets.find((dataset) => dataset.id === id)?.title ?? id
  const update = (patch: Partial<InboxFilters>) => {
    setSelected(new Set())
    updateFilters(patch)
  }
  const mark = (ids: readonly string[], value: boolean) => {
    if (!scope) return
    setReviewed(scope, ids, value)
    setSelected(new Set())
  }
  const unreviewedCount = inbox.items.filter((item) => !reviewed.has(item.reuse.id)).length

  return (
    <InboxPage
      id="review"
      title={t.reviewTitle}
      intro={t.reviewIntro}
      inbox={inbox}
      loadingLabel={
        inbox.datasets.length > 0
          ? t.reviewLoading(inbox.loaded, inbox.datasets.length)
          : t.reviewFindingDatasets
      }
      labels={t}
      filters={filters}
      update={update}
      selects={[
        { key: 'type', label: t.type, allLabel: t.allTypes, choices: types.data },
        { key: 'topic', label: t.topic, allLabel: t.allTopics, choices: topics.data },
      ]}
      status={`${t.inboxCount(items.length)} · ${t.unreviewedCount(unreviewedCount)}`}
      more={{ ...shown, label: t.showMore(shown.next, shown.hidden) }}
    >
      {items.length === 0 ? (
        <p>{inbox.items.length === 0 ? t.reviewNone : t.reviewNoneFiltered}</p>
      ) : (
        <ReviewInboxTable
          organizationId={organizationId}
          rows={shown.visible}
          selected={selected}
          onSelect={setSelected}
          reviewed={reviewed}
          mark={mark}
          isNew={isNew}
          typeLabels={types.data}
          datasetTitle={datasetTitle}
        />
      )}
    </InboxPage>
  )
}
