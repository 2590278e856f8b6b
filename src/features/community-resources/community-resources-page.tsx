import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { useReviewScope } from '@/features/review/use-review-scope'
import { AvailabilityCell } from '@/ui/availability-cell'
import { formatSize } from '@/ui/file-size'
import { authorName } from '@/ui/labels'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { DataTable } from '@/ui/data-table'
import { formatDate } from '@/ui/dates'
import { usePageTitle } from '@/ui/page-title'
import { InboxPage } from '@/ui/inbox-page'
import { useShownRows } from '@/ui/shown-rows'
import { useUrlFilters } from '@/ui/url-filters'
import { useReviewState } from '@/features/review/review-store'
import { filterCommunityResources } from './inbox'
import { parseCommunityFilters, toCommunitySearch } from './list-search'
import { communityMessages } from './messages'
import { ReviewedToggle } from './reviewed-toggle'
import { useCommunityInbox } from './use-community-inbox'

/** Community resources others added to the organization's datasets, to review. */
export function CommunityResourcesPage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(communityMessages)
  const lang = useLanguage()
  usePageTitle(t.title)
  const { filters, update } = useUrlFilters(parseCommunityFilters, toCommunitySearch)
  const inbox = useCommunityInbox(organizationId)
  const scope = useReviewScope(organizationId, 'community_resources')
  const { reviewed } = useReviewState(scope)
  const items = useMemo(
    () => filterCommunityResources(inbox.items, filters, reviewed),
    [inbox.items, filters, reviewed],
  )
  const shown = useShownRows(items)
  const unreviewedCount = inbox.items.filter((item) => !reviewed.has(item.id)).length
  const base = `/organizations/${organizationId}`

  return (
    <InboxPage
      id="community"
      title={t.title}
      intro={t.intro}
      inbox={inbox}
      loadingLabel={t.findingDatasets(inbox.pagesRead, inbox.datasetPages)}
      labels={t}
      filters={filters}
      update={update}
      status={`${t.count(items.length)} · ${t.unreviewedCount(unreviewedCount)}`}
      more={{ ...shown, label: t.showMore(shown.next) }}
    >
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
        rows={shown.visible}
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
            <td style={{ whiteSpace: 'nowrap' }}>{formatDate(resource.created_at, lang) ?? ''}</td>
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
    </InboxPage>
  )
}
