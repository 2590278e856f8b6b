import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDate } from '@/ui/dates'
import { useListSearch } from '@/ui/list-search'
import { usePageTitle } from '@/ui/page-title'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { SearchForm } from '@/ui/search-form'
import { useDataserviceLabels } from './dataservice-labels'
import {
  countByStatus,
  dataserviceSorts,
  dataserviceStatusFilters,
  matchesStatus,
  pageOf,
  parseDataserviceListSearch,
  toDataserviceListParams,
  toDataserviceListSearchParams,
} from './dataservice-list-params'
import { DataserviceStatusBadge } from './dataservice-status-badge'
import { dataserviceMessages } from './messages'
import { dataserviceQueries } from './queries'
import type { DataserviceSort } from './types'

type Messages = (typeof dataserviceMessages)['fr']
const sortLabel: Record<DataserviceSort, keyof Messages> = {
  '-created': 'sortCreatedDesc',
  created: 'sortCreatedAsc',
  '-last_modified': 'sortModifiedDesc',
  title: 'sortTitleAsc',
  '-title': 'sortTitleDesc',
}

export function OrganizationDataservicesPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(dataserviceMessages)
  const lang = useLanguage()
  const labels = useDataserviceLabels()
  const { search, update, hrefForPage, reset } = useListSearch(
    parseDataserviceListSearch,
    toDataserviceListSearchParams,
  )
  const params = useMemo(
    () => toDataserviceListParams(organizationId, search),
    [organizationId, search],
  )
  usePageTitle(t.listTitle)
  const list = useQuery(dataserviceQueries.organizationList(params))

  const all = list.data
  const counts = useMemo(() => (all ? countByStatus(all) : undefined), [all])
  const matching = useMemo(
    () => all?.filter((dataservice) => matchesStatus(dataservice, search.status)) ?? [],
    [all, search.status],
  )
  const page = pageOf(matching, search.page)
  const hasFilters = Boolean(search.q || search.status !== 'all')

  return (
    <div className="fr-pb-4w">
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: '1rem',
          flexWrap: 'wrap',
        }}
      >
        <h1 className="fr-h2 fr-mb-0">{t.listTitle}</h1>
        <Button
          iconId="fr-icon-add-line"
          linkProps={{ to: `/organizations/${organizationId}/dataservices/new` }}
        >
          {t.newDataservice}
        </Button>
      </div>
      <p className="fr-mt-1w">{t.listIntro}</p>

      <nav aria-label={t.statusFilter}>
        <ul className="fr-tags-group">
          {dataserviceStatusFilters.map((status) => (
            <li key={status}>
              <button
                type="button"
                className="fr-tag"
                aria-pressed={status === search.status}
                onClick={() => update({ status })}
              >
                {t.statusCount(labels.status(status), counts?.[status])}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
        <div className="fr-col-12 fr-col-md-6">
          <SearchForm
            id="dataservices-q"
            label={t.searchLabel}
            buttonLabel={t.search}
            value={search.q}
            onSearch={(q) => update({ q })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select
            className="fr-mb-0"
            label={t.sort}
            nativeSelectProps={{
              value: search.sort,
              onChange: (event) => update({ sort: event.target.value as DataserviceSort }),
            }}
          >
            {dataserviceSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t[sortLabel[sort]] as string}
              </option>
            ))}
          </Select>
        </div>
        {hasFilters ? (
          <div className="fr-col-12 fr-col-md-3">
            <Button priority="tertiary" size="small" type="button" onClick={reset}>
              {t.resetFilters}
            </Button>
          </div>
        ) : null}
      </div>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p role="status" className="fr-mb-1w">
            {t.count(page.total)}
          </p>
          <DataTable
            caption={t.tableCaption}
            className="fr-table--no-caption fr-table--multiline"
            busy={list.isFetching}
            columns={[
              t.colTitle,
              t.colStatus,
              t.colAccess,
              t.colFormat,
              t.colDatasets,
              t.colModified,
            ]}
            rows={page.data}
            empty={<p>{t.noDataservices}</p>}
            renderRow={(dataservice) => (
              <tr key={dataservice.id}>
                <td>
                  <Link to={`/organizations/${organizationId}/dataservices/${dataservice.id}`}>
                    {dataservice.title}
                  </Link>
                  {dataservice.harvest ? (
                    <>
                      {' '}
                      <Badge as="span" small noIcon severity="new">
                        {t.harvested}
                      </Badge>
                    </>
                  ) : null}
                </td>
                <td>
                  <DataserviceStatusBadge dataservice={dataservice} />
                </td>
                <td>{labels.access(dataservice.access_type)}</td>
                <td>{dataservice.format ?? '—'}</td>
                <td>{dataservice.datasets.total}</td>
                <td>{formatDate(dataservice.metadata_modified_at, lang) ?? ''}</td>
              </tr>
            )}
          />
          <Pagination list={page} hrefForPage={hrefForPage} />
        </>
      )}
    </div>
  )
}
