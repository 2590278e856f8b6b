import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useReviewScope } from '@/features/review/use-review-scope'
import { useDatasetOutlet } from '@/features/datasets/dataset-outlet'
import { AvailabilityCell } from '@/ui/availability-cell'
import { formatSize } from '@/ui/file-size'
import { authorName } from '@/ui/labels'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDate } from '@/ui/dates'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { useReviewState } from '@/features/review/review-store'
import { ListCards } from '@/ui/list-cards'
import { communityMessages } from './messages'
import { communityResourceQueries } from './queries'
import { ReviewedToggle } from './reviewed-toggle'

/** The community resources of one dataset, with the same review state as the organization's list. */
export function DatasetCommunityResourcesTab({ datasetId }: { datasetId: string }) {
  const t = useMessages(communityMessages)
  const lang = useLanguage()
  const { organizationId = '' } = useParams()
  const resources = useQuery(communityResourceQueries.ofDataset(datasetId))
  const scope = useReviewScope(organizationId, 'community_resources')
  const { reviewed } = useReviewState(scope)

  if (resources.isPending) return <LoadingState />
  if (resources.isError)
    return <ErrorState error={resources.error} onRetry={() => void resources.refetch()} />
  return (
    <ListCards
      id="dataset-community-title"
      title={t.tabTitle}
      items={resources.data}
      none={t.tabNone}
      count={t.count(resources.data.length)}
      card={(resource) => ({
        title: resource.title,
        href: `/organizations/${organizationId}/community-resources/${resource.id}`,
        meta: (
          <>
            {authorName(resource.organization, resource.owner) ?? t.unknownPublisher} ·{' '}
            {resource.format ?? '—'} · {formatSize(resource.filesize, lang)} ·{' '}
            {t.addedOn(formatDate(resource.created_at, lang) ?? '')}
          </>
        ),
        extra: (
          <>
            <div className="fr-mb-1v">
              <AvailabilityCell resource={resource} />
            </div>
            {resource.organization?.id === organizationId ? (
              <Badge as="span" small noIcon severity="new">
                {t.ownResource}
              </Badge>
            ) : (
              <ReviewedToggle
                scope={scope}
                resource={resource}
                isReviewed={reviewed.has(resource.id)}
              />
            )}
          </>
        ),
      })}
    />
  )
}

/** The tab as a child route of the dataset page, which already loaded the dataset. */
export function DatasetCommunityResourcesRoute() {
  return <DatasetCommunityResourcesTab datasetId={useDatasetOutlet().dataset.id} />
}
