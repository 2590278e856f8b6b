import { useOutletContext } from 'react-router'
import type { Dataset } from './types'

/** What the dataset page hands its tabs: the loaded dataset, and a way to report unsaved edits. */
export type DatasetOutletContext = {
  dataset: Dataset
  organizationId: string
  setDirty: (dirty: boolean) => void
}

export function useDatasetOutlet() {
  return useOutletContext<DatasetOutletContext>()
}
