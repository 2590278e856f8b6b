import { useMessages } from '@/i18n/messages'
import type { DatasetColumn } from './dataset-columns'
import { datasetMessages } from './messages'

type Messages = (typeof datasetMessages)['fr']

const columnLabel: Record<DatasetColumn | 'title', keyof Messages> = {
  title: 'columnTitle',
  status: 'columnStatus',
  created: 'columnCreated',
  last_modified: 'columnLastModified',
  last_update: 'columnLastUpdate',
  resources: 'columnResources',
  quality: 'columnQuality',
  reuses: 'columnReuses',
  followers: 'columnFollowers',
  views: 'columnViews',
  license: 'columnLicense',
  tags: 'columnTags',
}

export function useColumnLabel() {
  const t = useMessages(datasetMessages)
  return (column: DatasetColumn | 'title') => t[columnLabel[column]] as string
}
