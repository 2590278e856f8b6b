import type { InfiniteData, QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { getChunkSize } from './chunk-size-setting'
import { storedUploadFinder } from './find-stored-upload'
import { fileExtension } from './format'
import { invalidateResources, prependCachedResource, replaceCachedResource } from './mutations'
import { resourceQueries } from './queries'
import type { ResourcePage, UploadedResource } from './types'
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

/** The dataset's resources the console has seen, from every cached page of its lists. */
function cachedResourceIds(queryClient: QueryClient, datasetId: string): Set<string> {
  const lists = queryClient.getQueriesData<InfiniteData<ResourcePage, string>>({
    queryKey: resourceQueries.all(datasetId),
  })
  return new Set(
    lists.flatMap(([, data]) => data?.pages.flatMap((page) => page.data.map((r) => r.id)) ?? []),
  )
}

export function getUploadQueue(queryClient: QueryClient, datasetId: string): ResourceUploadQueue {
  let byDataset = queues.get(queryClient)
  if (!byDataset) queues.set(queryClient, (byDataset = new Map<string, ResourceUploadQueue>()))
  let queue = byDataset.get(datasetId)
  if (!queue) {
    let refreshScheduled = false
    // Per upload: the resources that existed before its first attempt (see storedUploadFinder).
    const knownBefore = new Map<string, Set<string>>()
    const created: ResourceUploadQueue = createUploadQueue({
      concurrency: 3,
      run: async (item, { signal, onProgress, onRetry }) => {
        // Refuse at once what the instance would refuse after the whole upload.
        const allowed = queryClient.getQueryData(resourceQueries.extensions().queryKey)
        const extension = fileExtension(item.file.name)
        if (allowed && extension && !allowed.includes(extension)) {
          throw new ExtensionRefusedError(extension)
        }
        // Replacing a file is idempotent; creating one is not, so a retry looks first.
        const retried = knownBefore.has(item.id)
        if (!retried) knownBefore.set(item.id, cachedResourceIds(queryClient, datasetId))
        const findStored = item.target.resourceId
          ? undefined
          : storedUploadFinder(datasetId, item.file, knownBefore.get(item.id) ?? new Set())
        const stored = retried ? await findStored?.() : undefined
        return (
          stored ??
          uploadFile({
            target: item.target,
            file: item.file,
            chunkSize: getChunkSize(),
            signal,
            onProgress,
            onRetry,
            findStored,
          })
        )
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
