import { DatasetDiscussionsTab } from '@/features/discussions/dataset-discussions-tab'
import { ResourcesTab } from '@/features/resources/resources-tab'
import { DatasetReusesTab } from '@/features/reuses/dataset-reuses-tab'
import { useDatasetOutlet } from './dataset-outlet'

// The other features' tabs only need the id; the dataset page already loaded the dataset.

export function DatasetResourcesRoute() {
  return <ResourcesTab datasetId={useDatasetOutlet().dataset.id} />
}

export function DatasetReusesRoute() {
  return <DatasetReusesTab datasetId={useDatasetOutlet().dataset.id} />
}

export function DatasetDiscussionsRoute() {
  return <DatasetDiscussionsTab datasetId={useDatasetOutlet().dataset.id} />
}
