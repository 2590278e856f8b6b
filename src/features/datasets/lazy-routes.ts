import { createElement, lazy, Suspense } from 'react'

const LazyMetadataTab = lazy(async () => ({
  default: (await import('./dataset-metadata-tab')).DatasetMetadataTab,
}))

/**
 * The dataset page's first tab, loaded by React rather than by the route's `lazy` (see
 * routes.tsx): the page shows its title and tabs while the tab's code arrives.
 */
export function MetadataTab() {
  return createElement(Suspense, { fallback: null }, createElement(LazyMetadataTab))
}
