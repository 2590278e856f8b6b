import { DatasetForm } from './dataset-form'
import { useDatasetOutlet } from './dataset-outlet'

export function DatasetMetadataTab() {
  const { dataset, organizationId, setDirty } = useDatasetOutlet()
  return (
    <DatasetForm
      // A different dataset is a different form (its own baseline and dirty state).
      key={dataset.id}
      dataset={dataset}
      organizationId={organizationId}
      canEdit={(dataset.permissions?.edit ?? true) && !dataset.deleted}
      onDirtyChange={setDirty}
    />
  )
}
