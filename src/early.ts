// The second script of index.html, a few kilobytes that run before the application's bundle has
// been parsed. On the screens visits open (the datasets table, a dataset, the reuses list), the
// first read leaves at once, and apiFetch takes its answer when the page asks
// (src/api/early-fetch.ts); the screen's page chunks, which the router would ask for only once
// the whole bundle has run, are preloaded beside it. Any other URL: nothing here, its loader
// starts its reads.
import { sendEarly } from '@/api/early-fetch'
import { datasetListRequest } from '@/features/datasets/dataset-list-request'
import { datasetRequest } from '@/features/datasets/dataset-request'
import { reuseListRequest } from '@/features/reuses/reuse-list-request'
import type { EarlyScreen } from './early-screens'

type EarlyRequest = { path: string; headers: Record<string, string> }
type Screen = {
  name: EarlyScreen
  pattern: RegExp
  request: (ids: string[], search: URLSearchParams) => EarlyRequest
}

const organization = '^/organizations/([^/]+)'
const screens: Screen[] = [
  {
    name: 'datasets',
    pattern: new RegExp(`${organization}/datasets/?$`),
    request: ([id = ''], search) => datasetListRequest(id, search),
  },
  {
    // The dataset page and each of its tabs read the dataset; `new` is the creation form.
    name: 'dataset',
    pattern: new RegExp(`${organization}/datasets/(?!new/?$)([^/]+)(?:/[^/]+)?/?$`),
    request: ([, datasetId = '']) => datasetRequest(datasetId),
  },
  {
    name: 'reuses',
    pattern: new RegExp(`${organization}/reuses/?$`),
    request: ([id = ''], search) => reuseListRequest(id, search),
  },
]

/** The screen at this address and its first read, if it is one of those above. */
export function earlyRequest({ pathname, search }: Pick<Location, 'pathname' | 'search'>) {
  for (const { name, pattern, request } of screens) {
    const match = pattern.exec(pathname)
    if (match) {
      const ids = match.slice(1).map((part) => decodeURIComponent(part))
      return { screen: name, ...request(ids, new URLSearchParams(search)) }
    }
  }
  return undefined
}

/** The page chunks the build listed for `screen` on this script's tag (none on the dev server). */
function preloadChunks(screen: EarlyScreen) {
  const tag = document.querySelector<HTMLScriptElement>('script[data-screen-chunks]')
  const chunks = JSON.parse(tag?.dataset.screenChunks ?? '{}') as Partial<
    Record<EarlyScreen, string[]>
  >
  for (const href of chunks[screen] ?? []) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    // As Vite's own preloads: the dynamic import then takes the module already fetched.
    link.crossOrigin = ''
    link.href = href
    document.head.append(link)
  }
}

const first = earlyRequest(window.location)
if (first) {
  sendEarly(first.path, first.headers)
  preloadChunks(first.screen)
}
