import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useMemo, useRef, type FormEvent } from 'react'
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import { ApiError } from '@/api/client'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { datasetColumns, useDatasetColumns } from './dataset-columns'
import {
  datasetSortParams,
  datasetStatuses,
  pageSizes,
  parseDatasetListSearch,
  toDatasetListParams,
  toDatasetListSearchParams,
  type DatasetListSearch,
  type DatasetSortParam,
  type DatasetStatus,
} from './dataset-list-params'
import { useDatasetSelection } from './dataset-selection'
import { DatasetsTable } from './datasets-table'
import { useColumnLabel } from './use-column-label'
import { datasetMessages } from './messages'
import { datasetQueries, datasetReferenceQueries } from './queries'
import { datasetBadgeKinds } from './types'
import './datasets.css'

// The bulk tools load once something is selected: the table itself stays light (size budget).
const BulkActionsBar = lazy(async () => ({
  default: (await import('@/features/bulk/bulk-actions-bar')).BulkActionsBar,
}))

type Messages = (typeof datasetMessages)['fr']

const statusLabel: Record<DatasetStatus, keyof Messages> = {
  all: 'statusAll',
  public: 'statusPublic',
  draft: 'statusDraft',
  archived: 'statusArchived',
  deleted: 'statusDeleted',
}

const sortLabel: Record<DatasetSortParam, keyof Messages> = {
  title: 'sortTitleAsc',
  '-title': 'sortTitleDesc',
  '-created': 'sortCreatedDesc',
  created: 'sortCreatedAsc',
  '-last_update': 'sortLastUpdateDesc',
  last_update: 'sortLastUpdateAsc',
  '-reuses': 'sortReusesDesc',
  reuses: 'sortReusesAsc',
  '-followers': 'sortFollowersDesc',
  followers: 'sortFollowersAsc',
  '-views': 'sortViewsDesc',
  views: 'sortViewsAsc',
}

export function OrganizationDatasetsPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const navigate = useNavigate()
  const location = useLocation()
  const cameFromGonePage = (location.state as { pageGone?: boolean } | null)?.pageGone === true
  const [searchParams, setSearchParams] = useSearchParams()
  const search = useMemo(() => parseDatasetListSearch(searchParams), [searchParams])
  const params = useMemo(
    () => toDatasetListParams(organizationId, search),
    [organizationId, search],
  )
  usePageTitle(t.listTitle)

  const list = useQuery(datasetQueries.list(params))
  // Only the list is needed for the rows: the filters' choices and the tabs' counts wait until
  // it has answered, so they never compete with it for the first rows (issue: render speed).
  const rowsSettled = !list.isPending
  const licenses = useQuery({
    ...datasetReferenceQueries.licenses(lang),
    enabled: rowsSettled,
  })
  const badges = useQuery({ ...datasetReferenceQueries.badges(lang), enabled: rowsSettled })
  const pageGone =
    list.isError && list.error instanceof ApiError && list.error.status === 404 && search.page > 1

  // One `page_size=1` request per tab gives its count; the active tab takes its total from the
  // list itself, unless the page is gone and the total is needed to find the last page.
  // One useQuery per tab, written out: useQueries would cost this first screen 1.5 kB gzip more.
  const useStatusCount = (status: DatasetStatus) =>
    useQuery({
      ...datasetQueries.count(toDatasetListParams(organizationId, search, status)),
      enabled: rowsSettled && (status !== search.status || pageGone),
    })
  // In `datasetStatuses` order: counts[i] is the count of datasetStatuses[i].
  const counts = [
    useStatusCount('all'),
    useStatusCount('public'),
    useStatusCount('draft'),
    useStatusCount('archived'),
    useStatusCount('deleted'),
  ]
  const countOf = (status: DatasetStatus, index: number): number | undefined =>
    status === search.status && list.data && !list.isPlaceholderData
      ? list.data.total
      : counts[index]?.data

  const activeIndex = datasetStatuses.indexOf(search.status)
  const activeTotal = counts[activeIndex]?.data
  useEffect(() => {
    // udata answers 404 past the last page (e.g. after deletions): go to the last page instead.
    if (!pageGone || activeTotal === undefined) return
    const last = Math.max(1, Math.ceil(activeTotal / search.page_size))
    void navigate(
      { search: toDatasetListSearchParams({ ...search, page: last }).toString() },
      { replace: true, state: { pageGone: true } },
    )
  }, [pageGone, activeTotal, search, navigate])

  const selection = useDatasetSelection(organizationId)
  const { reconcile } = selection
  useEffect(() => reconcile(params), [params, reconcile])

  const { columns, setVisible } = useDatasetColumns()
  const columnLabel = useColumnLabel()

  // The latest state asked for, ahead of the render: two quick changes (a tab, then a select)
  // must both land, even when the first navigation has not rendered yet.
  const latest = useRef(search)
  const pending = useRef<string[]>([])
  useEffect(() => {
    // Navigations render in transitions, possibly after a newer change was asked for: a render
    // of one of our own older states must not replace the newest intent. Anything else (back,
    // forward, a link) is the user's new state.
    const shown = searchParams.toString()
    const index = pending.current.indexOf(shown)
    pending.current = index >= 0 ? pending.current.slice(index + 1) : []
    if (pending.current.length === 0) latest.current = search
  }, [search, searchParams])
  const update = (patch: Partial<DatasetListSearch>) => {
    // Any change but paging starts from page 1, or the new filters could land past the end.
    const next = { ...latest.current, page: 1, ...patch }
    const params = toDatasetListSearchParams(next)
    latest.current = next
    pending.current.push(params.toString())
    setSearchParams(params)
  }
  const hrefForPage = (page: number) =>
    `?${toDatasetListSearchParams({ ...search, page }).toString()}`

  const handleSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => {
      const value = form.get(name)
      return typeof value === 'string' ? value.trim() : ''
    }
    const tag = text('tag')
    update({
      q: text('q') || undefined,
      format: text('format').toLowerCase() || undefined,
      tag:
        tag && !latest.current.tag.includes(tag)
          ? [...latest.current.tag, tag]
          : latest.current.tag,
    })
  }

  const licenseTitle = (id: string) =>
    licenses.data?.find((license) => license.id === id)?.title ?? id
  const hasFilters = Boolean(
    search.q || search.tag.length > 0 || search.license || search.format || search.badge,
  )
  const data = list.data
  const total = data?.total ?? 0
  const pageIds = data?.data.map((dataset) => dataset.id) ?? []

  return (
    <div className="datasets-page">
      <div className="datasets-page__head">
        <h1 className="fr-h2 fr-mb-0">{t.listTitle}</h1>
        <Button
          iconId="fr-icon-add-line"
          linkProps={{ to: `/organizations/${organizationId}/datasets/new` }}
        >
          {t.newDataset}
        </Button>
      </div>

      <nav aria-label={t.statusFilter} className="fr-mt-3w">
        <ul className="fr-tags-group">
          {datasetStatuses.map((status, index) => (
            <li key={status}>
              <button
                type="button"
                className="fr-tag"
                aria-pressed={status === search.status}
                onClick={() => update({ status })}
              >
                {t.statusCount(t[statusLabel[status]] as string, countOf(status, index))}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      {/* Keyed by what it shows: back/forward or a removed chip refills the inputs, while a
          select change elsewhere keeps what is being typed. */}
      <form
        key={`${search.q ?? ''}\n${search.format ?? ''}\n${search.tag.join(',')}`}
        className="datasets-page__filters"
        onSubmit={handleSearch}
        role="search"
      >
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="datasets-q">
            {t.search}
          </label>
          <input
            className="fr-input"
            id="datasets-q"
            type="search"
            name="q"
            defaultValue={search.q ?? ''}
          />
        </div>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="datasets-tag">
            {t.filterTag}
            <span className="fr-hint-text">{t.filterTagHint}</span>
          </label>
          <input className="fr-input" id="datasets-tag" name="tag" defaultValue="" />
        </div>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="datasets-format">
            {t.filterFormat}
            <span className="fr-hint-text">{t.filterFormatHint}</span>
          </label>
          <input
            className="fr-input"
            id="datasets-format"
            name="format"
            defaultValue={search.format ?? ''}
          />
        </div>
        <Button type="submit" iconId="fr-icon-search-line">
          {t.searchButton}
        </Button>
      </form>

      <div className="datasets-page__filters">
        <Select
          label={t.filterLicense}
          nativeSelectProps={{
            value: search.license ?? '',
            onChange: (event) => update({ license: event.target.value || undefined }),
          }}
        >
          <option value="">{t.anyValue}</option>
          {(licenses.data ?? []).map((license) => (
            <option key={license.id} value={license.id}>
              {license.title}
            </option>
          ))}
        </Select>
        <Select
          label={t.filterBadge}
          nativeSelectProps={{
            value: search.badge ?? '',
            onChange: (event) => update({ badge: event.target.value || undefined }),
          }}
        >
          <option value="">{t.anyValue}</option>
          {datasetBadgeKinds.map((kind) => (
            <option key={kind} value={kind}>
              {badges.data?.[kind] ?? kind}
            </option>
          ))}
        </Select>
        <Select
          label={t.sortBy}
          nativeSelectProps={{
            value: search.sort,
            onChange: (event) => update({ sort: event.target.value as DatasetSortParam }),
          }}
        >
          {datasetSortParams.map((sort) => (
            <option key={sort} value={sort}>
              {t[sortLabel[sort]] as string}
            </option>
          ))}
        </Select>
        <Select
          label={t.pageSize}
          nativeSelectProps={{
            value: String(search.page_size),
            onChange: (event) =>
              update({ page_size: Number(event.target.value) as DatasetListSearch['page_size'] }),
          }}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>

      {hasFilters ? (
        <ul className="fr-tags-group" aria-label={t.filters}>
          {search.q ? (
            <li>
              <button
                type="button"
                className="fr-tag fr-tag--dismiss"
                aria-label={t.removeFilter(`« ${search.q} »`)}
                onClick={() => update({ q: undefined })}
              >
                {t.search} : {search.q}
              </button>
            </li>
          ) : null}
          {search.tag.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                className="fr-tag fr-tag--dismiss"
                aria-label={t.removeFilter(`${t.filterTag} ${tag}`)}
                onClick={() => update({ tag: search.tag.filter((other) => other !== tag) })}
              >
                {t.filterTag} : {tag}
              </button>
            </li>
          ))}
          {search.license ? (
            <li>
              <button
                type="button"
                className="fr-tag fr-tag--dismiss"
                aria-label={t.removeFilter(`${t.filterLicense} ${licenseTitle(search.license)}`)}
                onClick={() => update({ license: undefined })}
              >
                {t.filterLicense} : {licenseTitle(search.license)}
              </button>
            </li>
          ) : null}
          {search.format ? (
            <li>
              <button
                type="button"
                className="fr-tag fr-tag--dismiss"
                aria-label={t.removeFilter(`${t.filterFormat} ${search.format}`)}
                onClick={() => update({ format: undefined })}
              >
                {t.filterFormat} : {search.format}
              </button>
            </li>
          ) : null}
          {search.badge ? (
            <li>
              <button
                type="button"
                className="fr-tag fr-tag--dismiss"
                aria-label={t.removeFilter(`${t.filterBadge} ${search.badge}`)}
                onClick={() => update({ badge: undefined })}
              >
                {t.filterBadge} : {badges.data?.[search.badge] ?? search.badge}
              </button>
            </li>
          ) : null}
          <li>
            <Button
              size="small"
              priority="tertiary"
              onClick={() =>
                update({
                  q: undefined,
                  tag: [],
                  license: undefined,
                  format: undefined,
                  badge: undefined,
                })
              }
            >
              {t.clearFilters}
            </Button>
          </li>
        </ul>
      ) : null}

      <details className="datasets-page__columns fr-mb-2w">
        <summary className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-table-line fr-btn--icon-left">
          {t.columns}
        </summary>
        <fieldset className="fr-fieldset fr-mt-1w">
          <legend className="fr-sr-only">{t.columns}</legend>
          {datasetColumns.map((column) => (
            <div key={column} className="fr-fieldset__element fr-fieldset__element--inline">
              <div className="fr-checkbox-group fr-checkbox-group--sm">
                <input
                  type="checkbox"
                  id={`datasets-column-${column}`}
                  checked={columns.includes(column)}
                  onChange={(event) => setVisible(column, event.target.checked)}
                />
                <label className="fr-label" htmlFor={`datasets-column-${column}`}>
                  {columnLabel(column)}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
      </details>

      {selection.count > 0 ? (
        <div
          className="datasets-page__selection fr-mb-2w"
          role="region"
          aria-label={t.selectedCount(selection.count)}
        >
          <p className="fr-mb-0" aria-live="polite">
            {selection.selection.kind === 'all-matching'
              ? t.allMatchingSelected(selection.count)
              : t.selectedCount(selection.count)}
          </p>
          {selection.selection.kind === 'ids' && total > pageIds.length && data ? (
            <Button
              size="small"
              priority="secondary"
              onClick={() => selection.selectAllMatching(params, total)}
            >
              {t.selectAllMatching(total)}
            </Button>
          ) : null}
          <Button size="small" priority="tertiary" onClick={selection.clear}>
            {t.clearSelection}
          </Button>
          <Suspense fallback={null}>
            <BulkActionsBar
              organizationId={organizationId}
              selection={selection.selection}
              onClear={selection.clear}
            />
          </Suspense>
        </div>
      ) : null}

      {cameFromGonePage ? (
        <Alert className="fr-mb-2w" small severity="info" description={t.pageGone} />
      ) : null}

      <p role="status" className="fr-sr-only">
        {list.isFetching && data ? t.updating : ''}
      </p>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        pageGone ? (
          <LoadingState />
        ) : (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        )
      ) : list.data.data.length === 0 ? (
        <div className="fr-my-4w">
          <p>{hasFilters || search.status !== 'all' ? t.emptyList : t.emptyOrganization}</p>
          {hasFilters ? (
            <Button
              priority="secondary"
              onClick={() =>
                update({
                  q: undefined,
                  tag: [],
                  license: undefined,
                  format: undefined,
                  badge: undefined,
                })
              }
            >
              {t.clearFilters}
            </Button>
          ) : null}
        </div>
      ) : (
        <>
          <DatasetsTable
            organizationId={organizationId}
            datasets={list.data.data}
            total={list.data.total}
            columns={columns}
            sort={search.sort}
            onSort={(sort) => update({ sort })}
            isSelected={selection.isSelected}
            onSelectRows={(ids, selected) => selection.setRows(ids, selected, pageIds)}
            licenseTitle={licenseTitle}
            busy={list.isPlaceholderData}
          />
          <Pagination list={list.data} hrefForPage={hrefForPage} />
        </>
      )}
    </div>
  )
}
