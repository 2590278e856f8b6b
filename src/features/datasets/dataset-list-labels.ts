import { useMessages } from '@/i18n/messages'
import { codeLabel, sortLabel } from '@/ui/code-labels'
import type { DatasetSortParam, DatasetStatus } from './dataset-list-params'
import { datasetMessages } from './messages'

/** The datasets list's names for its status tabs and sort orders, in the user's language. */
export function useDatasetListLabels() {
  const t = useMessages(datasetMessages)
  return {
    status: (status: DatasetStatus) => codeLabel(t, 'status', status),
    sort: (sort: DatasetSortParam) => sortLabel(t, sort),
  }
}
