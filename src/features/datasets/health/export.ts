import { csvBlob, defaultDelimiter } from '@/csv/write'
import { dateStamp } from '@/csv/download'
import type { Language } from '@/i18n/language'
import type { BrokenGroup, OpenDiscussion, QualityFailure, StaleDataset } from './analyse'

/** The lists behind the findings, as spreadsheet rows (ids first, so they can be joined back). */
export const healthCsv = {
  broken: (groups: readonly BrokenGroup[]): string[][] => [
    [
      'dataset_id',
      'dataset_title',
      'resource_id',
      'title',
      'url',
      'filetype',
      'problem',
      'status',
      'error',
      'check_date',
    ],
    ...groups.flatMap((group) =>
      group.resources.map((r) => [
        group.dataset_id,
        group.dataset_title,
        r.resource_id,
        r.title,
        r.url,
        r.filetype,
        r.kind,
        r.status === null ? '' : String(r.status),
        r.error ?? '',
        r.checked_at ?? '',
      ]),
    ),
  ],
  stale: (stale: readonly StaleDataset[]): string[][] => [
    ['id', 'title', 'frequency', 'last_update', 'due_at', 'days_late'],
    ...stale.map((s) => [
      s.dataset_id,
      s.title,
      s.frequency,
      s.last_update ?? '',
      s.due_at,
      String(s.days_late),
    ]),
  ],
  failing: (failures: readonly QualityFailure[]): string[][] => [
    ['id', 'title', 'quality_score'],
    ...failures.map((f) => [f.dataset_id, f.title, f.score.toFixed(2)]),
  ],
  discussions: (open: readonly OpenDiscussion[]): string[][] => [
    ['id', 'title', 'subject_class', 'subject_id', 'created', 'age_days', 'answered'],
    ...open.map((d) => [
      d.id,
      d.title,
      d.subject.class,
      d.subject.id,
      d.created,
      String(d.age_days),
      String(d.answered),
    ]),
  ],
}

/** Through the project's one CSV writer, in the delimiter the user's spreadsheet expects. */
export function downloadCsv(
  rows: readonly (readonly string[])[],
  name: string,
  language: Language,
) {
  const url = URL.createObjectURL(csvBlob(rows, defaultDelimiter(language)))
  const link = document.createElement('a')
  link.href = url
  link.download = `${name}-${dateStamp()}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  // revoked later: some browsers read the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
