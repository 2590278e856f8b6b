import { enNumber, enPlural } from '@/i18n/numbers'
import type { BrokenKind, QualityCriterion } from './analyse'

export default {
  title: 'Catalogue health',
  intro:
    'What is broken, late or incomplete across all of the organization’s datasets (except deleted and archived ones), from udata-hydra’s link checks, the declared update frequency, udata’s quality score and discussions.',
  computedAt: (date: string) => `Computed on ${date}.`,
  neverComputed: 'No report has been computed for this organization in this browser yet.',
  compute: 'Compute the report',
  refresh: 'Refresh',
  cancel: 'Cancel',
  cancelled: 'Analysis cancelled. The previous report, if any, is still shown.',
  progressLabel: 'Analysis in progress',
  progress: (done: number, total: number) =>
    `${enNumber(done)} requests out of ${enNumber(total)} known`,
  summaryTitle: 'At a glance',
  summaryDatasets: (datasets: number, resources: number) =>
    `${enPlural(datasets, 'dataset', 'datasets')}, ${enPlural(resources, 'resource', 'resources')} analysed.`,
  cardBroken: 'Broken links',
  cardUnchecked: 'Unchecked resources',
  cardStale: 'Late datasets',
  cardNoLicense: 'Without a licence',
  cardUnanswered: 'Unanswered discussions',
  changesTitle: (date: string) => `Since the report of ${date}`,
  changesNone: 'Nothing changed among broken links and late datasets.',
  newBroken: (n: number) => enPlural(n, 'new broken link', 'new broken links'),
  fixedBroken: (n: number) => enPlural(n, 'link fixed', 'links fixed'),
  newStale: (n: number) => enPlural(n, 'dataset newly late', 'datasets newly late'),
  fixedStale: (n: number) => enPlural(n, 'dataset up to date again', 'datasets up to date again'),
  changesFirst:
    'This is the first report computed in this browser: the next one will show what changed.',
  brokenTitle: 'Broken links',
  brokenSummary: (n: number, datasets: number) =>
    n === 0
      ? 'No broken link.'
      : `${enPlural(n, 'resource', 'resources')} failing in ${enPlural(datasets, 'dataset', 'datasets')}.`,
  brokenChart: 'Broken links by kind of failure',
  brokenKinds: {
    'not-found': 'Not found (404, 410)',
    'client-error': 'Other 4xx error',
    'server-error': 'Server error (5xx)',
    timeout: 'Timed out',
    unreachable: 'Host unreachable',
  } satisfies Record<BrokenKind, string>,
  uncheckedTitle: 'Not checked',
  uncheckedText: (file: number, remote: number) =>
    `${enPlural(file + remote, 'resource has', 'resources have')} no check result (unknown state): ${enNumber(remote)} remote links, ${enNumber(file)} hosted files.`,
  uncheckedNote:
    'udata-hydra checks links every 12 hours to 30 days; a link never checked, or rate-limited by its server (429), has no result. udata’s “resources available” quality criterion only counts remote links: a broken hosted file does not lower the score.',
  colDataset: 'Dataset',
  colResource: 'Resource',
  colProblem: 'Problem',
  colCheckedAt: 'Seen on',
  colUrl: 'Address',
  status: (status: number) => `HTTP ${status}`,
  openResource: (title: string) => `Open the resource ${title}`,
  exportCsv: 'Export as CSV',
  exported: (n: number) => `${enPlural(n, 'row', 'rows')} exported.`,
  staleTitle: 'Late datasets',
  staleSummary: (n: number) =>
    n === 0
      ? 'No dataset is late on its update frequency.'
      : `${enPlural(n, 'dataset', 'datasets')} should have been updated by their declared frequency or next update date.`,
  staleChart: 'Late datasets, by lateness',
  colFrequency: 'Frequency',
  colLastUpdate: 'Last update',
  colDue: 'Due on',
  colLate: 'Late by',
  daysLate: (n: number) => enPlural(n, 'day', 'days'),
  ageBuckets: ['under a week', '1 to 4 weeks', '1 to 3 months', '3 to 12 months', 'over a year'],
  qualityTitle: 'Metadata quality',
  qualitySummary: (median: number, count: number) =>
    `Median quality score: ${median} criteria out of 9, over ${enPlural(count, 'dataset', 'datasets')}.`,
  scoreChart: 'Datasets by quality score (criteria met out of 9)',
  scoreLabel: (met: number) => `${met}/9`,
  criteriaChart: 'Quality criteria not met',
  criteria: {
    license: 'Licence',
    dataset_description_quality: 'Description (over 100 characters)',
    temporal_coverage: 'Temporal coverage',
    spatial: 'Spatial coverage',
    update_frequency: 'Update frequency',
    update_fulfilled_in_time: 'Updated on time',
    resources_documentation: 'Documented resources',
    has_open_format: 'Open format',
    all_resources_available: 'Resources available',
  } satisfies Record<QualityCriterion, string>,
  criterionFailing: (n: number) => enPlural(n, 'dataset', 'datasets'),
  criteriaSummary: (top: readonly (readonly [string, number])[]) =>
    top.length === 0
      ? 'Every criterion is met.'
      : `Most often missed: ${top.map(([label, n]) => `${label} (${enNumber(n)})`).join(', ')}.`,
  colScore: 'Score',
  fixInBulk: (criterion: string, n: number) =>
    `Fix “${criterion}” in bulk (${enPlural(n, 'dataset', 'datasets')})`,
  discussionsTitle: 'Discussions',
  discussionsSummary: (open: number, unanswered: number) =>
    `${enPlural(open, 'open discussion', 'open discussions')}, ${enNumber(unanswered)} of them without an answer from the organization.`,
  medianAnswer: (days: number, count: number) =>
    `Median time to the organization’s first answer over 12 months: ${days.toLocaleString('en-GB', { maximumFractionDigits: 1 })} day${days === 1 ? '' : 's'} (${enPlural(count, 'discussion', 'discussions')}).`,
  medianNone: 'No discussion of the last 12 months got an answer from the organization.',
  answerNote: 'An answer counts when it is posted on behalf of the organization.',
  openChart: 'Open discussions by age',
  colDiscussion: 'Discussion',
  colOpenedAt: 'Opened on',
  colAnswered: 'Answer',
  answered: 'Answered',
  unanswered: 'Unanswered',
  chartValues: 'Chart data',
  chartCategory: 'Category',
  chartCount: 'Count',
  more: (n: number) => `And ${enNumber(n)} more: export the list to see them all.`,
}
