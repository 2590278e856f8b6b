import { DatasetDiscussionsTab } from '@/features/discussions/dataset-discussions-tab'
import { ResourcesTab } from '@/features/resources/resources-tab'
import { DatasetReusesTab } from '@/features/reuses/dataset-reuses-tab'
import { useSearchParams } from 'react-router'
import { useDatasetOutlet } from '@/features/datasets/dataset-outlet'

// The other features' tabs only need the id; the dataset page already loaded the dataset.

/** `?resource=<id>` opens that resource (links from the health page); leaving it drops the param. */
export function DatasetResourcesRoute() {
  const [searchParams, setSearchParams] = useSearchParams()
  return (
    <ResourcesTab
      datasetId={useDatasetOutlet().dataset.id}
      linkedResourceId={searchParams.get('resource')}
      onLinkedResourceLeft={() =>
        setSearchParams(
          (params) => {
            params.delete('resource')
            return params
          },
          { replace: true },
        )
      }
    />
  )
}

export function DatasetReusesRoute() {
  return <DatasetReusesTab datasetId={useDatasetOutlet().dataset.id} />
}

export function DatasetDiscussionsRoute() {
  return <DatasetDiscussionsTab datasetId={useDatasetOutlet().dataset.id} />
}
