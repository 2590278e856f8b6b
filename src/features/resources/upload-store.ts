import type { QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { getChunkSize } from './chunk-size-setting'
import { fileExtension } from './format'
import { invalidateResources, prependCachedResource, replaceCachedResource } from './mutations'
import { resourceQueries } from './queries'
import type { UploadedResource } from './types'
import { ExtensionRefusedError } from './upload-errors'
import { uploadFile, type UploadTarget } from './upload-file'
import { createUploadQueue, type QueueItem, type UploadQueue } from './upload-queue'

export type ResourceUpload = QueueItem<File, UploadTarget, UploadedResource>
export type ResourceUploadQueue = UploadQueue<File, UploadTarget, UploadedResource>

/**
 * One queue per dataset and app, kept outside React: uploads go on while the user looks at
 * another tab of the dataset, and come back into view with their progress.
 */
const queues = new WeakMap<QueryClient, Map<string, ResourceUploadQueue>>()

export function getUploadQueue(queryClient: QueryClient, datasetId: string): ResourceUploadQueue {
  let byDataset = queues.get(queryClient)
  if (!byDataset) queues.set(queryClient, (byDataset = new Map<string, ResourceUploadQueue>()))
  let queue = byDataset.get(datasetId)
  if (!queue) {
    let refreshScheduled = false
    const created: ResourceUploadQueue = createUploadQueue({
      concurrency: 3,
      run: (item, { signal, onProgress, onRetry }) => {
        // Refuse at once what the instance would refuse after the whole upload.
        const allowed = queryClient.getQueryData(resourceQueries.extensions().queryKey)
        const extension = fileExtension(item.file.name)
        if (allowed && extension && !allowed.includes(extension)) {
          return Promise.reject(new ExtensionRefusedError(extension))
        }
        return uploadFile({
          target: item.target,
          file: item.file,
          chunkSize: getChunkSize(),
          signal,
          onProgress,
          onRetry,
        })
      },
      onDone: (item) => {
        if (!item.result) return
        if (item.target.resourceId) replaceCachedResource(queryClient, datasetId, item.result)
        else prependCachedResource(queryClient, datasetId, item.result)
        // One refetch when the batch is over, not one per file.
        if (refreshScheduled) return
        refreshScheduled = true
        void created.idle().then(() => {
          refreshScheduled = false
          void invalidateResources(queryClient, datasetId)
          void queryClient.invalidateQueries({ queryKey: resourceQueries.datasetDetail(datasetId) })
        })
      },
    })
    queue = created
    byDataset.set(datasetId, queue)
  }
  return queue
}

export function useUploads(queue: ResourceUploadQueue): readonly ResourceUpload[] {
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot)
}
