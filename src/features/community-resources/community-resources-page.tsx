import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useMemo, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useReviewScope } from '@/features/review/use-review-scope'
import { AvailabilityCell } from '@/features/resources/availability-cell'
import { formatSize } from '@/features/resources/format'
import { ChoiceFilter } from '@/features/reuses/choice-filter'
import { authorName } from '@/features/reuses/format'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDate } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { useReviewState } from '@/features/review/review-store'
import { useRememberListSearch } from '@/ui/list-return'
import { filterCommunityResources, type CommunityFilters } from './inbox'
import { parseCommunityFilters, toCommunitySearch } from './list-search'
import { communityMessages } from './messages'
import { ReviewedToggle } from './reviewed-toggle'
import { useCommunityInbox } from './use-community-inbox'

const shownStep = 50

/** Community resources others added to the organization's datasets, to review. */
export function CommunityResourcesPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(communityMessages)
  const lang = useLanguage()
  usePageTitle(t.title)
  const [searchParams, setSearchParams] = useSearchParams()
  // Back links to this list return to it as left (its filters live in the URL).
  useRememberListSearch()
  const filters = useMemo(() => parseCommunityFilters(searchParams), [searchParams])
  const inbox = useCommunityInbox(organizationId)
  const scope = useReviewScope(organizationId, 'community_resources')
  const { reviewed } = useReviewState(scope)
  const [shown, setShown] = useState(shownStep)
  const items = useMemo(
    () => filterCommunityResources(inbox.items, filters, reviewed),
    [inbox.items, filters, reviewed],
  )
  const visible = items.slice(0, shown)
  const update = (patch: Partial<CommunityFilters>) =>
    setSearchParams(toCommunitySearch({ ...filters, ...patch }), { replace: true })
  const unreviewedCount = inbox.items.filter((item) => !reviewed.has(item.id)).length
  const base = `/organizations/${organizationId}`

  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.title}</h1>
      <p>{t.intro}</p>

      {inbox.error ? (
        <ErrorState error={inbox.error} onRetry={inbox.refetch} />
      ) : inbox.isPending ? (
        <LoadingState label={t.findingDatasets(inbox.pagesRead, inbox.datasetPages)} />
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
          <div className="fr-col-12 fr-col-md-4">
            <div className="fr-checkbox-group fr-mb-0">
              <input
                type="checkbox"
                id="community-unreviewed"
                checked={filters.unreviewed}
                onChange={(event) => update({ unreviewed: event.target.checked })}
              />
              <label className="fr-label" htmlFor="community-unreviewed">
                {t.onlyUnreviewed}
              </label>
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <ChoiceFilter
              label={t.dataset}
              allLabel={t.allDatasets}
              value={filters.dataset}
              choices={inbox.datasets.map((dataset) => ({ id: dataset.id, label: dataset.title }))}
              onChange={(dataset) => update({ dataset })}
            />
          </div>
        </div>
      </form>

      {!inbox.isPending || inbox.items.length > 0 ? (
        <>
          <p role="status">
            {t.count(items.length)} · {t.unreviewedCount(unreviewedCount)}
          </p>
          <DataTable
            caption={t.caption}
            className="fr-table--no-caption fr-table--multiline"
            columns={[
              t.colTitle,
              t.colPublisher,
              t.colDataset,
              t.colFormat,
              t.colCreated,
              t.colAvailability,
              t.colReviewed,
            ]}
            rows={visible}
            empty={<p>{inbox.items.length === 0 ? t.none : t.noneFiltered}</p>}
            renderRow={(resource) => (
              <tr key={resource.id}>
                <td>
                  <Link to={`${base}/community-resources/${resource.id}`}>{resource.title}</Link>
                </td>
                <td>{authorName(resource.organization, resource.owner) ?? t.unknownPublisher}</td>
                <td>
                  {resource.dataset ? (
                    <Link to={`${base}/datasets/${resource.dataset.id}/community-resources`}>
                      {resource.dataset.title}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td style={{ whiteSpace: 'nowrap' }}>
                  {resource.format ?? '—'} · {formatSize(resource.filesize, lang)}
                </td>
                <td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(resource.created_at, lang) ?? ''}
                </td>
                <td>
                  <AvailabilityCell resource={resource} />
                </td>
                <td>
                  <ReviewedToggle
                    scope={scope}
                    resource={resource}
                    isReviewed={reviewed.has(resource.id)}
                  />
                </td>
              </tr>
            )}
          />
          {items.length > shown ? (
            <Button priority="secondary" onClick={() => setShown(shown + shownStep)}>
              {t.showMore(Math.min(shownStep, items.length - shown))}
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
