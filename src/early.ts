// The second script of index.html, a few kilobytes that run before the application's bundle has
// been parsed: the first read of the screens visits open (the datasets table, a dataset, the
// reuses list) leaves at once, and apiFetch takes its answer when the page asks
// (src/api/early-fetch.ts). Any other URL sends nothing here: its loader starts its reads.
import { sendEarly } from '@/api/early-fetch'
import { datasetListRequest } from '@/features/datasets/dataset-list-request'
import { datasetRequest } from '@/features/datasets/dataset-request'
import { reuseListRequest } from '@/features/reuses/reuse-list-request'

type EarlyRequest = { path: string; headers: Record<string, string> }

const organization = '^/organizations/([^/]+)'
const screens: [RegExp, (ids: string[], search: URLSearchParams) => EarlyRequest][] = [
  [
    new RegExp(`${organization}/datasets/?$`),
    ([id = ''], search) => datasetListRequest(id, search),
  ],
  // The dataset page and each of its tabs read the dataset; `new` is the creation form.
  [
    new RegExp(`${organization}/datasets/(?!new/?$)([^/]+)(?:/[^/]+)?/?$`),
    ([, datasetId = '']) => datasetRequest(datasetId),
  ],
  [new RegExp(`${organization}/reuses/?$`), ([id = ''], search) => reuseListRequest(id, search)],
]

/** The first read of the screen at this address, if it is one of those above. */
export function earlyRequest({ pathname, search }: Pick<Location, 'pathname' | 'search'>) {
  for (const [pattern, request] of screens) {
    const match = pattern.exec(pathname)
    if (match)
      return request(
        match.slice(1).map((part) => decodeURIComponent(part)),
        new URLSearchParams(search),
      )
  }
  return undefined
}

const first = earlyRequest(window.location)
if (first) sendEarly(first.path, first.headers)
