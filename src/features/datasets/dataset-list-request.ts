import { toSearchParams } from '@/api/search-params'
import {
  parseDatasetListSearch,
  toDatasetListParams,
  type DatasetListParams,
} from './dataset-list-params'

/** The fields the table shows; the v2 list without them carries descriptions, extras, harvest… */
export const datasetListFields =
  'data{id,title,acronym,slug,private,archived,deleted,created_at,last_modified,last_update,' +
  'license,tags,badges,harvest,quality{score},metrics{reuses,followers,views},' +
  'resources{total},organization{id,name},permissions,page},page,page_size,total,next_page,previous_page'

export function datasetListUrl(params: DatasetListParams): string {
  return `/api/2/datasets/?${toSearchParams(params).toString()}`
}

/**
 * The request the datasets page sends first for this URL (`datasetQueries.list`): its path and
 * headers, for the read sent before the application's code loads (src/early.ts).
 */
export function datasetListRequest(organizationId: string, search: URLSearchParams) {
  const params = toDatasetListParams(organizationId, parseDatasetListSearch(search))
  return { path: datasetListUrl(params), headers: { 'X-Fields': datasetListFields } }
}
