import { apiFetch } from '@/api/client'
import { toSearchParams } from '@/api/pagination'
import type { ResourcePage, UploadedResource } from './types'

/**
 * After an upload whose answer was lost, tells whether the server stored the file anyway: udata
 * puts a new resource first, titled with the file name. Resources known before the upload are
 * never taken for it, so a file sent on purpose a second time is not mistaken for this one.
 */
export function storedUploadFinder(
  datasetId: string,
  file: { name: string; size: number },
  knownIds: ReadonlySet<string>,
): () => Promise<UploadedResource | undefined> {
  return async () => {
    // The newest few are enough: the upload, if stored, was put first moments ago.
    const newest = await apiFetch<ResourcePage>(
      `/api/2/datasets/${datasetId}/resources/?${toSearchParams({ page: 1, page_size: 20 })}`,
    )
    return newest.data.find(
      (resource) =>
        !knownIds.has(resource.id) &&
        resource.filetype === 'file' &&
        resource.title === file.name &&
        resource.filesize === file.size,
    )
  }
}
