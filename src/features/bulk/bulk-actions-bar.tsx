import type { DatasetSelection } from '@/features/datasets/dataset-selection'

/** Placeholder so the datasets table compiles; the bulk engineer replaces this file. */
export function BulkActionsBar(_props: {
  organizationId: string
  selection: DatasetSelection
  onClear: () => void
}) {
  return null
}
