// The second script of index.html, a few kilobytes that run before the application's bundle has
// been parsed: the datasets table is the screen most visits open, so its list request leaves at
// once, and apiFetch takes its answer when the page asks (src/api/early-fetch.ts).
import { sendEarly } from '@/api/early-fetch'
import { datasetListRequest } from '@/features/datasets/dataset-list-request'

const datasetsPage = /^\/organizations\/([^/]+)\/datasets\/?$/.exec(window.location.pathname)
if (datasetsPage?.[1]) {
  const request = datasetListRequest(
    decodeURIComponent(datasetsPage[1]),
    new URLSearchParams(window.location.search),
  )
  sendEarly(request.path, request.headers)
}
