import { useMessages } from '@/i18n/messages'
import type { DatasetSortParam, DatasetStatus } from './dataset-list-params'
import { datasetMessages } from './messages'

type Messages = (typeof datasetMessages)['fr']

const statusLabel: Record<DatasetStatus, keyof Messages> = {
  all: 'statusAll',
  public: 'statusPublic',
  draft: 'statusDraft',
  archived: 'statusArchived',
  deleted: 'statusDeleted',
}

const sortLabel: Record<DatasetSortParam, keyof Messages> = {
  title: 'sortTitleAsc',
  '-title': 'sortTitleDesc',
  '-created': 'sortCreatedDesc',
  created: 'sortCreatedAsc',
  '-last_update': 'sortLastUpdateDesc',
  last_update: 'sortLastUpdateAsc',
  '-reuses': 'sortReusesDesc',
  reuses: 'sortReusesAsc',
  '-followers': 'sortFollowersDesc',
  followers: 'sortFollowersAsc',
  '-views': 'sortViewsDesc',
  views: 'sortViewsAsc',
}

/** The datasets list's names for its status tabs and sort orders, in the user's language. */
export function useDatasetListLabels() {
  const t = useMessages(datasetMessages)
  return {
    status: (status: DatasetStatus) => t[statusLabel[status]] as string,
    sort: (sort: DatasetSortParam) => t[sortLabel[sort]] as string,
  }
}
