import { Link } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable, type DataTableColumn } from '@/ui/data-table'
import { formatDate } from '@/ui/dates'
import { RowSelectBox } from '@/ui/row-select-box'
import type { DatasetColumn } from './dataset-columns'
import type { DatasetSortParam } from './dataset-list-params'
import { DatasetStatusBadges } from './dataset-status-badges'
import { formatNumber } from '@/i18n/numbers'
import { datasetMessages } from './messages'
import { useColumnLabel } from './use-column-label'
import type { DatasetSort, DatasetV2 } from './types'

/** Columns udata can sort on (`sort` ∈ title, created, last_update, reuses, followers, views). */
const sortKey: Partial<Record<DatasetColumn | 'title', DatasetSort>> = {
  title: 'title',
  created: 'created',
  last_update: 'last_update',
  reuses: 'reuses',
  followers: 'followers',
  views: 'views',
}

const numericColumns = new Set<DatasetColumn>([
  'resources',
  'quality',
  'reuses',
  'followers',
  'views',
])

type DatasetsTableProps = {
  organizationId: string
  datasets: DatasetV2[]
  total: number
  columns: readonly DatasetColumn[]
  sort: DatasetSortParam
  onSort: (sort: DatasetSortParam) => void
  isSelected: (id: string) => boolean
  onSelectRows: (ids: string[], selected: boolean) => void
  licenseTitle: (id: string) => string
  busy: boolean
}

export function DatasetsTable({
  organizationId,
  datasets,
  total,
  columns,
  sort,
  onSort,
  isSelected,
  onSelectRows,
  licenseTitle,
  busy,
}: DatasetsTableProps) {
  const t = useMessages(datasetMessages)
  const lang = useLanguage()
  const label = useColumnLabel()
  const ids = datasets.map((dataset) => dataset.id)
  const selectedOnPage = ids.filter(isSelected).length
  const allOnPage = ids.length > 0 && selectedOnPage === ids.length

  const header = (column: DatasetColumn | 'title'): DataTableColumn => {
    const key = sortKey[column]
    const numeric = column !== 'title' && numericColumns.has(column)
    if (!key) {
      return {
        key: column,
        label: label(column),
        className: numeric ? 'fr-cell--right' : undefined,
      }
    }
    const direction = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : undefined
    // Titles read best A→Z first; dates and counts read best biggest/newest first.
    const next: DatasetSortParam =
      direction === undefined
        ? key === 'title'
          ? key
          : `-${key}`
        : direction === 'ascending'
          ? `-${key}`
          : key
    return {
      key: column,
      sort: direction ?? 'none',
      label: (
        <button
          type="button"
          className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm datasets-table__sort"
          onClick={() => onSort(next)}
          title={t.sortColumn(label(column))}
        >
          {label(column)}
          <span
            aria-hidden="true"
            className={
              direction === 'ascending'
                ? 'fr-icon-arrow-up-line fr-icon--sm fr-ml-1v'
                : direction === 'descending'
                  ? 'fr-icon-arrow-down-line fr-icon--sm fr-ml-1v'
                  : 'fr-icon-arrow-up-down-line fr-icon--sm fr-ml-1v'
            }
          />
        </button>
      ),
    }
  }

  const cell = (dataset: DatasetV2, column: DatasetColumn) => {
    switch (column) {
      case 'status':
        return <DatasetStatusBadges dataset={dataset} />
      case 'created':
        return formatDate(dataset.created_at, lang) ?? t.noValue
      case 'last_modified':
        return formatDate(dataset.last_modified, lang) ?? t.noValue
      case 'last_update':
        return formatDate(dataset.last_update, lang) ?? t.noValue
      case 'resources':
        return formatNumber(dataset.resources?.total ?? 0, lang)
      case 'quality':
        return dataset.quality ? t.qualityScore(dataset.quality.score) : t.noValue
      case 'reuses':
        return formatNumber(dataset.metrics?.reuses ?? 0, lang)
      case 'followers':
        return formatNumber(dataset.metrics?.followers ?? 0, lang)
      case 'views':
        return formatNumber(dataset.metrics?.views ?? 0, lang)
      case 'license': {
        const id = typeof dataset.license === 'string' ? dataset.license : dataset.license?.id
        return id ? licenseTitle(id) : t.noValue
      }
      case 'tags':
        return dataset.tags.length > 0 ? dataset.tags.join(', ') : t.noValue
    }
  }

  return (
    <DataTable
      caption={t.tableCaption(total)}
      captionClassName="fr-sr-only"
      className="fr-table--sm datasets-table"
      busy={busy}
      columns={[
        {
          key: 'select',
          className: 'fr-cell--fixed',
          label: (
            <RowSelectBox
              id="datasets-select-page"
              label={t.selectPage}
              checked={allOnPage}
              indeterminate={selectedOnPage > 0 && !allOnPage}
              onChange={(checked) => onSelectRows(ids, checked)}
              disabled={ids.length === 0}
            />
          ),
        },
        header('title'),
        ...columns.map(header),
      ]}
      rows={datasets}
      renderRow={(dataset) => (
        <tr key={dataset.id} aria-selected={isSelected(dataset.id)}>
          <td className="fr-cell--fixed">
            <RowSelectBox
              id={`dataset-select-${dataset.id}`}
              label={t.selectRow(dataset.title)}
              checked={isSelected(dataset.id)}
              onChange={(checked) => onSelectRows([dataset.id], checked)}
            />
          </td>
          <td className="datasets-table__title">
            <Link to={`/organizations/${organizationId}/datasets/${dataset.id}`}>
              {dataset.title}
            </Link>
            {dataset.acronym ? (
              <span className="fr-text--xs fr-ml-1v">({dataset.acronym})</span>
            ) : null}
          </td>
          {columns.map((column) => (
            <td key={column} className={numericColumns.has(column) ? 'fr-cell--right' : undefined}>
              {cell(dataset, column)}
            </td>
          ))}
        </tr>
      )}
    />
  )
}
