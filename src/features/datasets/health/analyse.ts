import type { DatasetQuality } from '@/features/datasets/types'
import { parseUdataDate } from '@/ui/dates'
import { dayMs, updateDueAt } from './frequency'
import type { HealthDiscussion, HealthInput, HealthResource } from './types'

/** How a check failed: the HTTP status class, or no answer at all. */
export type BrokenKind = 'not-found' | 'client-error' | 'server-error' | 'timeout' | 'unreachable'
export const brokenKinds: readonly BrokenKind[] = [
  'not-found',
  'client-error',
  'server-error',
  'timeout',
  'unreachable',
]

export type BrokenResource = {
  resource_id: string
  title: string
  url: string
  filetype: HealthResource['filetype']
  kind: BrokenKind
  status: number | null
  error: string | null
  checked_at: string | null
}

export type BrokenGroup = { dataset_id: string; dataset_title: string; resources: BrokenResource[] }

export type StaleDataset = {
  dataset_id: string
  title: string
  frequency: string
  last_update: string | null
  due_at: string
  days_late: number
}

/** The nine criteria udata scores (udata-api-admin.md §6.5), in the order the page lists them. */
export const qualityCriteria = [
  'license',
  'dataset_description_quality',
  'temporal_coverage',
  'spatial',
  'update_frequency',
  'update_fulfilled_in_time',
  'resources_documentation',
  'has_open_format',
  'all_resources_available',
] as const satisfies readonly (keyof DatasetQuality)[]
export type QualityCriterion = (typeof qualityCriteria)[number]

export type QualityFailure = { dataset_id: string; title: string; score: number }

export type OpenDiscussion = {
  id: string
  title: string
  subject: { class: string; id: string }
  created: string
  age_days: number
  answered: boolean
}

/** Ages in days where each bucket ends (the last one is open): a week, a month, a quarter, a year. */
export const ageBucketEnds = [7, 30, 90, 365] as const
export const ageBucketCount = ageBucketEnds.length + 1

export function ageBucket(days: number): number {
  const index = ageBucketEnds.findIndex((end) => days < end)
  return index < 0 ? ageBucketEnds.length : index
}

export type HealthReport = {
  organization_id: string
  computed_at: string
  dataset_count: number
  resource_count: number
  broken: BrokenGroup[]
  broken_count: number
  broken_by_kind: Record<BrokenKind, number>
  /** Resources Hydra has no result for (never checked, or rate-limited on its last try). */
  unchecked: { file: number; remote: number }
  /** Latest first. */
  stale: StaleDataset[]
  stale_by_lateness: number[]
  /** Datasets by `quality.score` in ninths (criteria met), 0 to 9. */
  score_distribution: number[]
  /** Per criterion, the datasets failing it, lowest score first. */
  failing: Record<QualityCriterion, QualityFailure[]>
  /** Open discussions, oldest first. */
  open_discussions: OpenDiscussion[]
  open_by_age: number[]
  unanswered_count: number
  /** Over discussions opened in the last 12 months that the organization answered. */
  median_first_answer_days: number | null
  answered_last_year: number
}

function brokenKind(extras: HealthResource['extras']): BrokenKind | null {
  const status = extras['check:status']
  // a 429 is Hydra being rate-limited, not the link failing: udata leaves it unknown too
  const failed =
    extras['check:available'] === false || (status !== undefined && status >= 400 && status !== 429)
  if (extras['check:timeout'] === true) return 'timeout'
  if (!failed) return null
  if (status === undefined) return 'unreachable'
  if (status === 404 || status === 410) return 'not-found'
  return status >= 500 ? 'server-error' : 'client-error'
}

function brokenResource(resource: HealthResource, kind: BrokenKind): BrokenResource {
  const { extras } = resource
  return {
    resource_id: resource.id,
    title: resource.title,
    url: resource.url,
    filetype: resource.filetype,
    kind,
    status: extras['check:status'] ?? null,
    error: extras['check:error'] ?? null,
    checked_at: extras['check:date'] ?? null,
  }
}

/** The organization answered when one of the replies was posted as the organization. */
function firstAnswerAt(discussion: HealthDiscussion, organizationId: string): number | null {
  const answer = discussion.discussion
    .slice(1)
    .find((message) => message.posted_by_organization?.id === organizationId)
  return answer ? (parseUdataDate(answer.posted_on)?.getTime() ?? null) : null
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

const countBy = (size: number, indexes: number[]) => {
  const counts = new Array<number>(size).fill(0)
  for (const index of indexes) counts[index] = (counts[index] ?? 0) + 1
  return counts
}

/** Every finding of the health page, from what the crawl read; pure, so it is tested alone. */
export function buildReport(input: HealthInput, organizationId: string, now: number): HealthReport {
  const broken: BrokenGroup[] = []
  const unchecked = { file: 0, remote: 0 }
  const stale: StaleDataset[] = []
  const failing = Object.fromEntries(
    qualityCriteria.map((criterion) => [criterion, [] as QualityFailure[]]),
  ) as Record<QualityCriterion, QualityFailure[]>
  const metCounts: number[] = []
  let resourceCount = 0

  for (const dataset of input.datasets) {
    resourceCount += dataset.resources.length
    const resources: BrokenResource[] = []
    for (const resource of dataset.resources) {
      const kind = brokenKind(resource.extras)
      if (kind) resources.push(brokenResource(resource, kind))
      else if (resource.extras['check:available'] === undefined) unchecked[resource.filetype] += 1
    }
    if (resources.length > 0)
      broken.push({ dataset_id: dataset.id, dataset_title: dataset.title, resources })

    const due = updateDueAt(dataset)
    // udata's own timeliness criterion allows a day past the due date
    if (due !== null && due < now - dayMs) {
      stale.push({
        dataset_id: dataset.id,
        title: dataset.title,
        frequency: dataset.frequency,
        last_update: dataset.last_update,
        due_at: new Date(due).toISOString(),
        days_late: Math.floor((now - due) / dayMs),
      })
    }

    const quality = dataset.quality
    if (quality) {
      // udata's score is a sum of ninths
      metCounts.push(Math.min(9, Math.max(0, Math.round(quality.score * 9))))
      for (const criterion of qualityCriteria) {
        // absent = not applicable (no resources, no frequency): udata scores it as not met, but
        // there is nothing to fix on that criterion itself
        if (quality[criterion] === false)
          failing[criterion].push({
            dataset_id: dataset.id,
            title: dataset.title,
            score: quality.score,
          })
      }
    }
  }
  for (const list of Object.values(failing))
    list.sort((a, b) => a.score - b.score || a.title.localeCompare(b.title))
  stale.sort((a, b) => b.days_late - a.days_late || a.title.localeCompare(b.title))
  broken.sort(
    (a, b) =>
      b.resources.length - a.resources.length || a.dataset_title.localeCompare(b.dataset_title),
  )
  const brokenList = broken.flatMap((group) => group.resources)

  const yearAgo = now - 365 * dayMs
  const answerDelays: number[] = []
  const open: OpenDiscussion[] = []
  for (const discussion of input.discussions) {
    const created = parseUdataDate(discussion.created)?.getTime() ?? now
    const answeredAt = firstAnswerAt(discussion, organizationId)
    if (answeredAt !== null && created >= yearAgo) answerDelays.push((answeredAt - created) / dayMs)
    if (discussion.closed === null) {
      open.push({
        id: discussion.id,
        title: discussion.title,
        subject: discussion.subject,
        created: discussion.created,
        age_days: Math.floor((now - created) / dayMs),
        answered: answeredAt !== null,
      })
    }
  }
  open.sort((a, b) => b.age_days - a.age_days || a.id.localeCompare(b.id))

  return {
    organization_id: organizationId,
    computed_at: new Date(now).toISOString(),
    dataset_count: input.datasets.length,
    resource_count: resourceCount,
    broken,
    broken_count: brokenList.length,
    broken_by_kind: Object.fromEntries(
      brokenKinds.map((kind) => [kind, brokenList.filter((r) => r.kind === kind).length]),
    ) as Record<BrokenKind, number>,
    unchecked,
    stale,
    stale_by_lateness: countBy(
      ageBucketCount,
      stale.map((s) => ageBucket(s.days_late)),
    ),
    score_distribution: countBy(qualityCriteria.length + 1, metCounts),
    failing,
    open_discussions: open,
    open_by_age: countBy(
      ageBucketCount,
      open.map((d) => ageBucket(d.age_days)),
    ),
    unanswered_count: open.filter((d) => !d.answered).length,
    median_first_answer_days: median(answerDelays),
    answered_last_year: answerDelays.length,
  }
}
