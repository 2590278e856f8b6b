import type { PageWithLoader } from '@/api/lazy-route'
import { HarvestJobPage } from './harvest-job-page'
import { HarvestSourcePage } from './harvest-source-page'
import { HarvestersPage } from './harvesters-page'
import { jobLoader, sourceLoader, sourcesLoader } from './loaders'

// The three read-only pages and their loaders in one chunk: every lazy chunk costs the entry a
// file name in its preload map, and the entry is at its budget (e2e/budgets.spec.ts). These
// pages are small and seldom visited, so loading them together costs little.

export const harvestPages = {
  sources: { loader: sourcesLoader, Component: HarvestersPage },
  source: { loader: sourceLoader, Component: HarvestSourcePage },
  job: { loader: jobLoader, Component: HarvestJobPage },
} satisfies Record<string, PageWithLoader>
