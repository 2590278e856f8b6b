import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { InlineBadge } from '@/ui/inline-badge'
import { formatDate } from '@/ui/dates'
import { ListHeader } from '@/ui/list-header'
import { ListTable } from '@/ui/list-results'
import { usePagedList } from '@/ui/paged-list'
import { usePageTitle } from '@/ui/page-title'
import { ListQuerySearch } from '@/ui/list-query-search'
import { ChoiceFilter } from '@/ui/choice-filter'
import { SortSelect } from '@/ui/sort-select'
import { labelOf } from '@/ui/labels'
import { urlChoice } from '@/ui/url-values'
import { reuseMessages } from './messages'
import { reuseQueries } from './queries'
import {
  parseReuseListSearch,
  reuseSorts,
  toReuseApiParams,
  toReuseListSearchParams,
} from './reuse-list-params'
import { matchesStatus, reuseStatuses } from './reuse-status'
import { ReuseStatusBadge } from './reuse-status-badge'
import { useStatusLabel } from './use-status-label'

function datasetCount(datasets: unknown): number | undefined {
  if (Array.isArray(datasets)) return datasets.length
  const total = (datasets as { total?: unknown } | null)?.total
  return typeof total === 'number' ? total : undefined
}

export function OrganizationReusesPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(reuseMessages)
  const lang = useLanguage()
  const statusLabel = useStatusLabel()
  usePageTitle(t.reusesTitle)
  const { search, update, reset, list, table } = usePagedList(
    parseReuseListSearch,
    toReuseListSearchParams,
    (search, page) => reuseQueries.list({ ...toReuseApiParams(organizationId, search), page }),
  )
  const types = useQuery(reuseQueries.types(lang))
  const topics = useQuery(reuseQueries.topics(lang))
  const statusChoices = reuseStatuses.map((status) => ({ id: status, label: statusLabel(status) }))

  // Each narrows the list to one of its choices; "all" ('') leaves its key out of the URL.
  const choiceFilters = [
    {
      key: 'type',
      label: t.type,
      allLabel: t.allTypes,
      choices: types.data,
      choose: (type: string) => update({ type: type || undefined }),
    },
    {
      key: 'topic',
      label: t.topic,
      allLabel: t.allTopics,
      choices: topics.data,
      choose: (topic: string) => update({ topic: topic || undefined }),
    },
    {
      key: 'status',
      label: t.status,
      allLabel: t.allStatuses,
      choices: statusChoices,
      choose: (status: string) => update({ status: urlChoice(reuseStatuses, status) }),
    },
  ] as const
  const hasFilters = Boolean(search.q || search.type || search.topic || search.status)
  const data = list.data
  // Deleted (and, per the chosen status, archived) reuses come back from udata: hidden here.
  const rows = data?.data.filter((reuse) => matchesStatus(reuse, search.status ?? '')) ?? []
  const hidden = (data?.data.length ?? 0) - rows.length

  return (
    <div className="fr-pb-4w">
      <ListHeader
        title={t.reusesTitle}
        create={{ label: t.newReuse, to: `/organizations/${organizationId}/reuses/new` }}
        intro={t.reusesIntro}
      />

      <div className="fr-mb-2w">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          {/* On two rows at 1280 px, so each filter shows its whole value ("Non supprimées",
              "Logement et aménagement du territoire"), not a clipped one. */}
          <div className="fr-col-12 fr-col-lg-6">
            <ListQuerySearch id="reuses-q" messages={t} search={search} update={update} />
          </div>
          {choiceFilters.map((filter) => (
            <div key={filter.key} className="fr-col-6 fr-col-md-3">
              <ChoiceFilter
                label={filter.label}
                allLabel={filter.allLabel}
                value={search[filter.key] ?? ''}
                choices={filter.choices}
                onChange={filter.choose}
              />
            </div>
          ))}
          <div className="fr-col-6 fr-col-md-3">
            <SortSelect sorts={reuseSorts} messages={t} search={search} update={update} />
          </div>
        </div>
        {hasFilters ? (
          <Button
            className="fr-mt-2w"
            priority="tertiary"
            size="small"
            type="button"
            onClick={reset}
          >
            {t.resetFilters}
          </Button>
        ) : null}
      </div>

      <ListTable
        {...table}
        status={hidden > 0 ? t.hiddenOnPage(hidden) : t.reusesCount(data?.total ?? 0)}
        caption={t.reusesTableCaption}
        columns={[
          t.colTitle,
          t.colStatus,
          t.colType,
          t.colTopic,
          t.colDatasets,
          t.colCreated,
          t.colModified,
        ]}
        rows={rows}
        empty={<p>{t.noReuses}</p>}
        renderRow={(reuse) => (
          <tr key={reuse.id}>
            <td>
              <Link to={`/organizations/${organizationId}/reuses/${reuse.id}`}>{reuse.title}</Link>
            </td>
            <td>
              <ReuseStatusBadge reuse={reuse} />
              {reuse.permissions?.edit === false ? (
                <InlineBadge noIcon>{t.badgeReadOnly}</InlineBadge>
              ) : null}
            </td>
            <td>{labelOf(types.data, reuse.type)}</td>
            <td>{labelOf(topics.data, reuse.topic)}</td>
            <td>{datasetCount(reuse.datasets) ?? '—'}</td>
            {/* A date on one line, as in the other tables: "12 juin 2026", not "12 juin / 2026". */}
            <td style={{ whiteSpace: 'nowrap' }}>{formatDate(reuse.created_at, lang) ?? ''}</td>
            <td style={{ whiteSpace: 'nowrap' }}>{formatDate(reuse.last_modified, lang) ?? ''}</td>
          </tr>
        )}
      />
    </div>
  )
}
