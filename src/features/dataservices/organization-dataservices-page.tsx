import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { InlineBadge } from '@/ui/inline-badge'
import { formatDate } from '@/ui/dates'
import { ListHeader } from '@/ui/list-header'
import { ListTable } from '@/ui/list-results'
import { useLastPageWhenGone, useListSearch } from '@/ui/list-search'
import { usePageTitle } from '@/ui/page-title'
import { ListQuerySearch } from '@/ui/list-query-search'
import { SortSelect } from '@/ui/sort-select'
import { StatusTabs } from '@/ui/status-tabs'
import { useDataserviceLabels } from './dataservice-labels'
import {
  countByStatus,
  dataservicePageSize,
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
  // Paged here, not by udata: a page past the end is one past the last page of the matches.
  const pageGone = Boolean(all) && page.page < search.page
  useLastPageWhenGone({
    gone: pageGone,
    total: page.total,
    pageSize: dataservicePageSize,
    search,
    serialize: toDataserviceListSearchParams,
  })
  const hasFilters = Boolean(search.q || search.status !== 'all')

  return (
    <div className="fr-pb-4w">
      <ListHeader
        title={t.listTitle}
        create={{
          label: t.newDataservice,
          to: `/organizations/${organizationId}/dataservices/new`,
        }}
        intro={t.listIntro}
      />
      <StatusTabs
        label={t.statusFilter}
        tabs={dataserviceStatusFilters.map((status) => ({
          id: status,
          label: labels.status(status),
          count: counts?.[status],
        }))}
        active={search.status}
        onChange={(status) => update({ status })}
      />

      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
        <div className="fr-col-12 fr-col-md-6">
          <ListQuerySearch id="dataservices-q" messages={t} search={search} update={update} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <SortSelect sorts={dataserviceSorts} messages={t} search={search} update={update} />
        </div>
        {hasFilters ? (
          <div className="fr-col-12 fr-col-md-3">
            <Button priority="tertiary" size="small" type="button" onClick={reset}>
              {t.resetFilters}
            </Button>
          </div>
        ) : null}
      </div>

      <ListTable
        query={list}
        page={all ? page : undefined}
        recovering={pageGone}
        status={t.count(page.total)}
        hrefForPage={hrefForPage}
        caption={t.tableCaption}
        busy={list.isFetching}
        columns={[t.colTitle, t.colStatus, t.colAccess, t.colFormat, t.colDatasets, t.colModified]}
        empty={<p>{t.noDataservices}</p>}
        renderRow={(dataservice) => (
          <tr key={dataservice.id}>
            <td>
              <Link to={`/organizations/${organizationId}/dataservices/${dataservice.id}`}>
                {dataservice.title}
              </Link>
              {dataservice.harvest ? (
                <InlineBadge noIcon severity="new">
                  {t.harvested}
                </InlineBadge>
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
    </div>
  )
}
