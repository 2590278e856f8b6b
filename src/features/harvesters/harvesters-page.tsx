import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDateTime } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { JobStatusBadge, Schedule, ValidationBadge } from './harvest-badges'
import { itemCounts } from './job-counts'
import { parseSourcesSearch } from './list-search'
import { harvestMessages } from './messages'
import { harvestQueries } from './queries'

/** The organization's harvest sources, read-only. */
export function HarvestersPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(harvestMessages)
  const lang = useLanguage()
  usePageTitle(t.title)
  const [searchParams, setSearchParams] = useSearchParams()
  const { withDeleted, page } = parseSourcesSearch(searchParams)
  const sources = useQuery(harvestQueries.sources(organizationId, withDeleted, page))
  const backends = useQuery(harvestQueries.backends())
  const backendLabel = (id: string) => backends.data?.find((b) => b.id === id)?.label ?? id
  const hrefForPage = (n: number) => {
    const params = new URLSearchParams(searchParams)
    params.set('page', String(n))
    return `?${params}`
  }

  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.title}</h1>
      <p>{t.intro}</p>
      <div className="fr-checkbox-group fr-mb-2w">
        <input
          type="checkbox"
          id="harvest-show-deleted"
          checked={withDeleted}
          onChange={(event) =>
            setSearchParams(event.target.checked ? { deleted: '1' } : {}, { replace: true })
          }
        />
        <label className="fr-label" htmlFor="harvest-show-deleted">
          {t.showDeleted}
        </label>
      </div>
      {sources.isPending ? (
        <LoadingState />
      ) : sources.isError ? (
        <ErrorState error={sources.error} onRetry={() => void sources.refetch()} />
      ) : (
        <>
          <p role="status">{t.sourcesCount(sources.data.total)}</p>
          <DataTable
            caption={t.sourcesCaption}
            className="fr-table--no-caption fr-table--multiline"
            busy={sources.isPlaceholderData}
            columns={[
              t.colName,
              t.colBackend,
              t.colUrl,
              t.colValidation,
              t.colSchedule,
              t.colLastJob,
              t.colFailed,
            ]}
            rows={sources.data.data}
            empty={<p>{t.noSources}</p>}
            renderRow={(source) => {
              const last = source.last_job
              return (
                <tr key={source.id}>
                  <td>
                    <Link to={`/organizations/${organizationId}/harvesters/${source.id}`}>
                      {source.name}
                    </Link>
                    {source.deleted ? (
                      <>
                        {' '}
                        <Badge as="span" small severity="error">
                          {t.deleted}
                        </Badge>
                      </>
                    ) : null}
                    {!source.active ? (
                      <>
                        {' '}
                        <Badge as="span" small noIcon>
                          {t.inactive}
                        </Badge>
                      </>
                    ) : null}
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
          <Pagination list={sources.data} hrefForPage={hrefForPage} />
        </>
      )}
      <Alert small severity="info" description={t.readOnly} className="fr-mt-3w" />
    </div>
  )
}
