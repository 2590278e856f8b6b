// The import walls between the console's folders (docs/architecture.md, "Rooms and walls").
// `npm test` also runs dependency-cruiser (.dependency-cruiser.cjs), which fails on any cycle
// between folders; these rules say which modules of a feature another folder may import at all.
import { readdirSync } from 'node:fs'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** What every feature offers the others: its API vocabulary, its reads and its writes. */
const sharedByEveryFeature = ['types', 'queries', 'mutations']

/**
 * The few components and stores a feature offers beyond those, each because several features
 * show the same thing for their own objects. Anything else stays inside its feature: shared UI
 * goes to src/ui, and a page combining features is composed in src/app/pages.
 */
const publicModules = {
  // the dataset page's contract with the tabs other features provide
  datasets: ['dataset-outlet', 'license-options'],
  // one discussions panel and one "start a discussion" form for every kind of subject
  discussions: ['subject-discussions', 'start-discussion-form'],
  // reuses and APIs link datasets with the same picker
  reuses: ['dataset-picker'],
  // the reviewed/unreviewed store shared by the reuses inbox and community resources
  review: ['review-store', 'use-review-scope'],
  // "transfer this object", on datasets, reuses and APIs
  transfers: ['transfer-action'],
}

const noParentImports = {
  regex: '^\\.\\./',
  message: 'Import through the @/ alias; a relative import reaches only its own folder.',
}

const lowerLayers = ['api', 'csv', 'i18n', 'session', 'ui']
const lowerLayerRule = {
  regex: '^@/(features|app|auth)/',
  message: 'src/api, ui, i18n, csv and session sit below features, auth and app.',
}

function crossFeatureRule(feature) {
  const offered = features
    .filter((other) => other !== feature)
    .flatMap((other) =>
      [...sharedByEveryFeature, ...(publicModules[other] ?? [])].map((name) => `${other}/${name}`),
    )
  return {
    regex: `^@/features/(?!${feature}/)(?!(?:${offered.join('|')})$)`,
    message:
      'Another feature offers only its types, queries, mutations and the modules eslint.boundaries.js names; move shared UI to src/ui or compose the page in src/app/pages.',
  }
}

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const sourceOf = (folder) => [`src/${folder}/**/*.{ts,tsx}`]
// Tests stand outside the walls: a test may reach whatever its subject needs.
const tests = ['src/**/*.test.{ts,tsx}', 'src/**/*.test-helper.ts', 'src/test/**']

export const importBoundaries = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: tests,
    rules: restrict([noParentImports]),
  },
  {
    files: lowerLayers.flatMap(sourceOf),
    ignores: tests,
    rules: restrict([noParentImports, lowerLayerRule]),
  },
  ...features.map((feature) => ({
    files: sourceOf(`features/${feature}`),
    ignores: tests,
    rules: restrict([noParentImports, crossFeatureRule(feature)]),
  })),
]
