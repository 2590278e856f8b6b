import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { InlineBadge } from '@/ui/inline-badge'
import { formatDateTime } from '@/ui/dates'
import { ListTable } from '@/ui/list-results'
import { usePagedList } from '@/ui/paged-list'
import { usePageTitle } from '@/ui/page-title'
import { JobStatusBadge, Schedule, ValidationBadge } from './harvest-badges'
import { itemCounts } from './job-counts'
import { parseSourcesSearch, toSourcesSearchParams } from './list-search'
import { harvestMessages } from './messages'
import { harvestQueries } from './queries'

/** The organization's harvest sources, read-only. */
export function HarvestersPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(harvestMessages)
  const lang = useLanguage()
  usePageTitle(t.title)
  const {
    search: { withDeleted },
    update,
    list: sources,
    table,
  } = usePagedList(parseSourcesSearch, toSourcesSearchParams, (search, n) =>
    harvestQueries.sources(organizationId, search.withDeleted, n),
  )
  const backends = useQuery(harvestQueries.backends())
  const backendLabel = (id: string) => backends.data?.find((b) => b.id === id)?.label ?? id

  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.title}</h1>
      <p>{t.intro}</p>
      <div className="fr-checkbox-group fr-mb-2w">
        <input
          type="checkbox"
          id="harvest-show-deleted"
          checked={withDeleted}
          onChange={(event) => update({ withDeleted: event.target.checked })}
        />
        <label className="fr-label" htmlFor="harvest-show-deleted">
          {t.showDeleted}
        </label>
      </div>
      <ListTable
        {...table}
        status={t.sourcesCount(sources.data?.total ?? 0)}
        caption={t.sourcesCaption}
        columns={[
          t.colName,
          t.colBackend,
          t.colUrl,
          t.colValidation,
          t.colSchedule,
          t.colLastJob,
          t.colFailed,
        ]}
        empty={<p>{t.noSources}</p>}
        renderRow={(source) => {
          const last = source.last_job
          return (
            <tr key={source.id}>
              <td>
                <Link to={`/organizations/${organizationId}/harvesters/${source.id}`}>
                  {source.name}
                </Link>
                {source.deleted ? <InlineBadge severity="error">{t.deleted}</InlineBadge> : null}
                {!source.active ? <InlineBadge noIcon>{t.inactive}</InlineBadge> : null}
              </td>
              <td>{backendLabel(source.backend)}</td>
              <td style={{ overflowWrap: 'anywhere' }}>{source.url}</td>
              <td>
                <ValidationBadge state={source.validation.state} />
              </td>
              <td>
                <Schedule cron={source.schedule} />
              </td>
              <td>
                {last ? (
                  <>
                    <JobStatusBadge status={last.status} />
                    <span className="fr-hint-text fr-mt-1v">
                      <Link
                        to={`/organizations/${organizationId}/harvesters/${source.id}/jobs/${last.id}`}
                      >
                        {formatDateTime(last.ended ?? last.created, lang) ?? '—'}
                      </Link>
                    </span>
                  </>
                ) : (
                  t.never
                )}
              </td>
              <td>{last ? (itemCounts(last).by_status.failed ?? 0) : '—'}</td>
            </tr>
          )
        }}
      />
      <Alert small severity="info" description={t.readOnly} className="fr-mt-3w" />
    </div>
  )
}
