import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox'
import { ChoiceFilter } from './choice-filter'
import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { formatDate, parseUdataDate } from '@/ui/dates'
import { authorName, labelOf } from './format'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import { filterInbox, type InboxFilters } from './review-inbox'
import {
  readReviewState,
  setLastVisit,
  setReviewed,
  useReviewState,
} from '@/features/review/review-store'
import { useReviewScope } from '@/features/review/use-review-scope'
import { useRememberListSearch } from '@/ui/list-return'
import { useReviewInbox } from './use-review-inbox'

const shownStep = 50

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

/** Others' reuses of the organization's datasets, to review (state kept in this browser). */
export function ReviewInboxPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  usePageTitle(t.reviewTitle)
  const [searchParams, setSearchParams] = useSearchParams()
  // Back links to this list return to it as left (its filters live in the URL).
  useRememberListSearch()
  const filters = useMemo(() => parseFilters(searchParams), [searchParams])
  const inbox = useReviewInbox(organizationId)
  const scope = useReviewScope(organizationId, 'reuses')
  const { reviewed } = useReviewState(scope)
  const types = useQuery(reuseQueries.types(lang))
  const topics = useQuery(reuseQueries.topics(lang))
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [shown, setShown] = useState(shownStep)

  // "New" means created since the previous visit; opening the inbox is the new visit.
  const [previousVisit, setPreviousVisit] = useState<string | null | undefined>(undefined)
  const visitRecorded = useRef(false)
  useEffect(() => {
    if (!scope || visitRecorded.current) return
    visitRecorded.current = true
    setPreviousVisit(readReviewState(scope).last_visit)
    setLastVisit(scope, new Date().toISOString())
  }, [scope])

  const items = useMemo(
    () => filterInbox(inbox.items, filters, reviewed),
    [inbox.items, filters, reviewed],
  )
  const visible = items.slice(0, shown)
  const datasetTitle = (id: string) =>
    inbox.datasets.find((dataset) => dataset.id === id)?.title ?? id
  const update = (patch: Partial<InboxFilters>) => {
    setSelected(new Set())
    setSearchParams(toSearch({ ...filters, ...patch }), { replace: true })
  }
  const isNew = (created: string) =>
    previousVisit !== undefined &&
    previousVisit !== null &&
    (parseUdataDate(created)?.getTime() ?? 0) > new Date(previousVisit).getTime()
  const mark = (ids: readonly string[], value: boolean) => {
    if (!scope) return
    setReviewed(scope, ids, value)
    setSelected(new Set())
  }
  const unreviewedCount = inbox.items.filter((item) => !reviewed.has(item.reuse.id)).length
  const allVisibleSelected =
    visible.length > 0 && visible.every((item) => selected.has(item.reuse.id))

  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.reviewTitle}</h1>
      <p>{t.reviewIntro}</p>

      {inbox.error ? (
        <ErrorState error={inbox.error} onRetry={inbox.refetch} />
      ) : inbox.isPending ? (
        <LoadingState
          label={
            inbox.datasets.length > 0
              ? t.reviewLoading(inbox.loaded, inbox.datasets.length)
              : t.reviewFindingDatasets
          }
        />
      ) : null}
      {inbox.failed > 0 ? (
        <Alert
          small
          severity="warning"
          description={t.failedDatasets(inbox.failed)}
          className="fr-mb-2w"
        />
      ) : null}

      <form aria-label={t.filter} onSubmit={(event) => event.preventDefault()} className="fr-mb-2w">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-3">
            <Checkbox
              className="fr-mb-0"
              options={[
                {
                  label: t.onlyUnreviewed,
                  nativeInputProps: {
                    checked: filters.unreviewed,
                    onChange: (event) => update({ unreviewed: event.target.checked }),
                  },
                },
              ]}
            />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <ChoiceFilter
              label={t.dataset}
              allLabel={t.allDatasets}
              value={filters.dataset}
              choices={inbox.datasets.map((dataset) => ({ id: dataset.id, label: dataset.title }))}
              onChange={(dataset) => update({ dataset })}
            />
          </div>
          <div className="fr-col-6 fr-col-md-3">
            <ChoiceFilter
              label={t.type}
              allLabel={t.allTypes}
              value={filters.type}
              choices={types.data}
              onChange={(type) => update({ type })}
            />
          </div>
          <div className="fr-col-6 fr-col-md-3">
            <ChoiceFilter
              label={t.topic}
              allLabel={t.allTopics}
              value={filters.topic}
              choices={topics.data}
              onChange={(topic) => update({ topic })}
            />
          </div>
        </div>
      </form>

      {!inbox.isPending || inbox.items.length > 0 ? (
        <>
          <p role="status">
            {t.inboxCount(items.length)} · {t.unreviewedCount(unreviewedCount)}
          </p>
          {items.length === 0 ? (
            <p>{inbox.items.length === 0 ? t.reviewNone : t.reviewNoneFiltered}</p>
          ) : (
            <>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
                <li>
                  <Button
                    size="small"
                    disabled={selected.size === 0}
                    onClick={() => mark([...selected], true)}
                  >
                    {t.markSelectionReviewed(selected.size)}
                  </Button>
                </li>
                <li>
                  <Button
                    size="small"
                    priority="secondary"
                    disabled={selected.size === 0}
                    onClick={() => mark([...selected], false)}
                  >
                    {t.markSelectionUnreviewed(selected.size)}
                  </Button>
                </li>
              </ul>
              <DataTable
                caption={t.reviewTableCaption}
                className="fr-table--no-caption fr-table--multiline"
                columns={[
                  {
                    key: 'select',
                    label: (
                      <div className="fr-checkbox-group fr-checkbox-group--sm">
                        <input
                          type="checkbox"
                          id="review-select-all"
                          checked={allVisibleSelected}
                          onChange={(event) =>
                            setSelected(
                              event.target.checked
                                ? new Set(visible.map((item) => item.reuse.id))
                                : new Set(),
                            )
                          }
                        />
                        <label className="fr-label" htmlFor="review-select-all">
                          <span className="fr-sr-only">{t.selectAll}</span>
                        </label>
                      </div>
                    ),
                  },
                  t.colTitle,
                  t.colAuthor,
                  t.colType,
                  t.datasetsUsed,
                  t.colCreated,
                  t.colReviewed,
                ]}
                rows={visible}
                renderRow={({ reuse, dataset_ids }) => {
                  const isReviewed = reviewed.has(reuse.id)
                  const checkboxId = `review-select-${reuse.id}`
                  return (
                    <tr key={reuse.id} aria-selected={selected.has(reuse.id)}>
                      <td>
                        <div className="fr-checkbox-group fr-checkbox-group--sm">
                          <input
                            type="checkbox"
                            id={checkboxId}
                            checked={selected.has(reuse.id)}
                            onChange={(event) => {
                              const next = new Set(selected)
                              if (event.target.checked) next.add(reuse.id)
                              else next.delete(reuse.id)
                              setSelected(next)
                            }}
                          />
                          <label className="fr-label" htmlFor={checkboxId}>
                            <span className="fr-sr-only">{t.select(reuse.title)}</span>
                          </label>
                        </div>
                      </td>
                      <td>
                        <Link to={`/organizations/${organizationId}/review/${reuse.id}`}>
                          {reuse.title}
                        </Link>
                        {isNew(reuse.created_at) ? (
                          <>
                            {' '}
                            <Badge as="span" small severity="new">
                              {t.newBadge}
                            </Badge>
                          </>
                        ) : null}
                      </td>
                      <td>{authorName(reuse.organization, reuse.owner) ?? t.unknownAuthor}</td>
                      <td>{labelOf(types.data, reuse.type)}</td>
                      <td>{dataset_ids.map(datasetTitle).join(', ')}</td>
                      <td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(reuse.created_at, lang) ?? ''}
                      </td>
                      <td>
                        <Badge as="span" small noIcon severity={isReviewed ? 'success' : 'warning'}>
                          {isReviewed ? t.reviewed : t.unreviewed}
                        </Badge>
                        <Button
                          className="fr-mt-1w"
                          size="small"
                          priority="tertiary"
                          style={{ whiteSpace: 'nowrap' }}
                          onClick={() => mark([reuse.id], !isReviewed)}
                        >
                          {isReviewed ? t.markUnreviewed : t.markReviewed}
                          <span className="fr-sr-only"> : {reuse.title}</span>
                        </Button>
                      </td>
                    </tr>
                  )
                }}
              />
              {items.length > shown ? (
                <Button priority="secondary" onClick={() => setShown(shown + shownStep)}>
                  {t.showMore(
                    Math.min(shownStep, items.length - shown),
                    items.length - visible.length,
                  )}
                </Button>
              ) : null}
            </>
          )}
        </>
      ) : null}
    </div>
  )
}
