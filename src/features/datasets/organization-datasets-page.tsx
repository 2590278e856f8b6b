import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { ListHeader } from '@/ui/list-header'
import { ListResults } from '@/ui/list-results'
import { isPageGone, useLastPageWhenGone, useListSearch } from '@/ui/list-search'
import { usePageTitle } from '@/ui/page-title'
import { StatusTabs } from '@/ui/status-tabs'
import { useDatasetColumns } from './dataset-columns'
import { DatasetColumnsPicker } from './dataset-columns-picker'
import { DatasetFilterChips } from './dataset-filter-chips'
import { useDatasetListLabels } from './dataset-list-labels'
import {
  datasetStatuses,
  hasFilters,
  noFilters,
  parseDatasetListSearch,
  toDatasetListParams,
  toDatasetListSearchParams,
} from './dataset-list-params'
import { DatasetSearchForm } from './dataset-search-form'
import { DatasetSelectFilters } from './dataset-select-filters'
import { DatasetSelectionBar } from './dataset-selection-bar'
import { useDatasetSelection, type BulkActionsSlot } from './dataset-selection'
import { activeCount, useDatasetStatusCounts } from './dataset-status-counts'
import { DatasetsTable } from './datasets-table'
import { datasetMessages } from './messages'
import { datasetQueries, datasetReferenceQueries } from './queries'
import './datasets.css'

/** The organization's datasets: status tabs, filters, the table, and a selection to act on. */
export function OrganizationDatasetsPage({ BulkActions }: { BulkActions?: BulkActionsSlot }) {
  const { organizationId = '' } = useParams()
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const labels = useDatasetListLabels()
  const { search, latest, update, hrefForPage } = useListSearch(
    parseDatasetListSearch,
    toDatasetListSearchParams,
  )
  const params = useMemo(
    () => toDatasetListParams(organizationId, search),
    [organizationId, search],
  )
  usePageTitle(t.listTitle)

  const list = useQuery(datasetQueries.list(params))
  // Only the list is needed for the rows: the filters' choices and the tabs' counts wait until
  // it has answered, so they never compete with it for the first rows (issue: render speed).
  const rowsSettled = !list.isPending
  const licenses = useQuery({ ...datasetReferenceQueries.licenses(lang), enabled: rowsSettled })
  const badges = useQuery({ ...datasetReferenceQueries.badges(lang), enabled: rowsSettled })
  const pageGone = isPageGone(list, search.page)
  const data = list.data
  const counts = useDatasetStatusCounts({
    organizationId,
    search,
    rowsSettled,
    listTotal: data && !list.isPlaceholderData ? data.total : undefined,
    pageGone,
  })
  useLastPageWhenGone({
    gone: pageGone,
    total: activeCount(counts, search.status),
    pageSize: search.page_size,
    search,
    serialize: toDatasetListSearchParams,
  })

  const selection = useDatasetSelection(organizationId)
  const { reconcile } = selection
  useEffect(() => reconcile(params), [params, reconcile])
  const { columns, setVisible } = useDatasetColumns()

  const licenseTitle = (id: string) =>
    licenses.data?.find((license) => license.id === id)?.title ?? id
  const badgeLabel = (kind: string) => badges.data?.[kind] ?? kind
  const filtered = hasFilters(search)
  const pageIds = data?.data.map((dataset) => dataset.id) ?? []

  return (
    <div className="datasets-page">
      <ListHeader
        title={t.listTitle}
        create={{ label: t.newDataset, to: `/organizations/${organizationId}/datasets/new` }}
      />
      <StatusTabs
        className="fr-mt-3w"
        label={t.statusFilter}
        tabs={datasetStatuses.map((status, index) => ({
          id: status,
          label: labels.status(status),
          count: counts[index],
        }))}
        active={search.status}
        onChange={(status) => update({ status })}
      />
      <DatasetSearchForm
        search={search}
        onSearch={({ q, format, tag }) => {
          const tags = latest().tag
          update({ q, format, tag: tag && !tags.includes(tag) ? [...tags, tag] : tags })
        }}
      />
      <DatasetSelectFilters
        search={search}
        licenses={licenses.data}
        badgeLabel={badgeLabel}
        onChange={update}
      />
      <DatasetFilterChips
        search={search}
        licenseTitle={licenseTitle}
        badgeLabel={badgeLabel}
        onChange={update}
      />
      <DatasetColumnsPicker columns={columns} setVisible={setVisible} />
      <DatasetSelectionBar
        organizationId={organizationId}
        selection={selection}
        params={params}
        total={data?.total}
        shownCount={pageIds.length}
        BulkActions={BulkActions}
      />

      <p role="status" className="fr-sr-only">
        {list.isFetching && data ? t.updating : ''}
      </p>
      <ListResults query={list} page={data} recovering={pageGone} hrefForPage={hrefForPage}>
        {(page) =>
          page.data.length === 0 ? (
            <div className="fr-my-4w">
              <p>{filtered || search.status !== 'all' ? t.emptyList : t.emptyOrganization}</p>
              {filtered ? (
                <Button priority="secondary" onClick={() => update(noFilters)}>
                  {t.clearFilters}
                </Button>
              ) : null}
            </div>
          ) : (
            <DatasetsTable
              organizationId={organizationId}
              datasets={page.data}
              total={page.total}
              columns={columns}
              sort={search.sort}
              onSort={(sort) => update({ sort })}
              isSelected={selection.isSelected}
              onSelectRows={(ids, selected) => selection.setRows(ids, selected, pageIds)}
              licenseTitle={licenseTitle}
              busy={list.isPlaceholderData}
            />
          )
        }
      </ListResults>
    </div>
  )
}
