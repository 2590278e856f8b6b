import { enNumber, enPlural } from '@/i18n/numbers'
import type { DateProblem } from './csv-dates'
import type { BulkField } from './fields'
import type { ItemStatus, JobState, PauseReason } from './job'
import type { OperationKind } from './operations'
import type { PlanWarning } from './plan'

function enDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}

const enOperations: Record<OperationKind, string> = {
  'add-tags': 'Add tags',
  'remove-tags': 'Remove tags',
  'replace-tag': 'Replace a tag with another',
  'set-license': 'Change the license',
  'set-frequency': 'Change the update frequency',
  'set-temporal-coverage': 'Change the temporal coverage',
  'set-spatial-granularity': 'Change the spatial granularity',
  'set-contact-point': 'Change the contact point',
  'set-private': 'Make draft or publish',
  'set-archived': 'Archive or unarchive',
  delete: 'Delete (to the bin)',
  restore: 'Restore from the bin',
  'find-replace': 'Find and replace text',
  import: 'CSV file import',
  revert: 'Undo of a bulk edit',
}

const enFields: Record<BulkField, string> = {
  title: 'Title',
  acronym: 'Acronym',
  description: 'Description',
  description_short: 'Short description',
  tags: 'Tags',
  license: 'License',
  frequency: 'Frequency',
  temporal_coverage: 'Temporal coverage',
  spatial_granularity: 'Spatial granularity',
  contact_points: 'Contact points',
  private: 'Draft',
  archived: 'Archived',
  deleted: 'Deleted',
}

const enStatuses: Record<ItemStatus, string> = {
  pending: 'Pending',
  done: 'Done',
  unchanged: 'Unchanged',
  conflict: 'Conflict',
  failed: 'Failed',
  skipped: 'Skipped',
}

const enStates: Record<JobState | 'interrupted', string> = {
  ready: 'Ready',
  running: 'Running',
  paused: 'Paused',
  cancelled: 'Cancelled',
  finished: 'Finished',
  interrupted: 'Interrupted',
}

const enWarnings: Record<PlanWarning, string> = {
  harvested: 'Harvested: the next harvest will overwrite the change',
  'no-permission': 'You may not edit it: it will be skipped',
  invalid: 'The server would refuse the result: it will be skipped',
}

export default {
  operations: enOperations,
  fields: enFields,
  statuses: enStatuses,
  states: enStates,
  warnings: enWarnings,
  barLabel: 'Bulk actions',
  editInBulk: 'Edit in bulk…',
  exportCsv: 'Export as CSV',
  importCsv: 'Import a CSV…',
  importCsvHint:
    'An exported file, edited (columns id, title, tags, license…); a blank cell leaves its field unchanged, (empty) clears it',
  exporting: (loaded: number, total: number) =>
    `Reading datasets… ${enNumber(loaded)} / ${enNumber(total)}`,
  exported: (n: number) => `${enPlural(n, 'dataset', 'datasets')} exported`,
  dialogTitle: (n: number) => `Edit ${enPlural(n, 'dataset', 'datasets')} in bulk`,
  importDialogTitle: (name: string) => `Import “${name}”`,
  close: 'Close',
  cancel: 'Cancel',
  operation: 'Change',
  chooseOperation: 'Choose a change',
  tagsToAdd: 'Tags to add',
  tagsToRemove: 'Tags to remove',
  tagsHint: 'Comma-separated; they are normalised (lowercase, no accents)',
  tagFrom: 'Tag to replace',
  tagTo: 'New tag',
  license: 'License',
  frequency: 'Update frequency',
  temporalStart: 'Coverage start',
  temporalEnd: 'Coverage end (optional)',
  temporalClear: 'Clear the temporal coverage',
  granularity: 'Spatial granularity',
  contactPoint: 'Contact point',
  noContactPoint: 'None (remove contact points)',
  makeDraft: 'Make draft',
  publish: 'Publish',
  archive: 'Archive',
  unarchive: 'Unarchive',
  visibility: 'Visibility',
  archiving: 'Archiving',
  find: 'Text to find',
  findHint: 'Exact, case-sensitive text; every occurrence is replaced',
  replaceWith: 'Replace with',
  inFields: 'Search in',
  loadingReference: 'Loading lists…',
  preview: 'Preview',
  required: 'Required field',
  invalidTag: (tag: string) => `The tag “${tag}” must be 3 to 96 characters long.`,
  chooseOneField: 'Choose at least one field.',
  loadingSelection: (loaded: number, total: number) =>
    `Reading the selected datasets… ${enNumber(loaded)} / ${enNumber(total)}`,
  previewTitle: 'Preview before changing',
  previewSummary: (changed: number, unchanged: number) =>
    `${enPlural(changed, 'dataset', 'datasets')} will change, ${enNumber(unchanged)} will stay as they are.`,
  nothingWritten: 'Nothing is saved until you confirm.',
  tabChanged: (n: number) => `To change (${enNumber(n)})`,
  tabUnchanged: (n: number) => `Unchanged (${enNumber(n)})`,
  previewList: 'Datasets and changes',
  colon: ': ',
  before: 'Before',
  added: 'added',
  removed: 'removed',
  retrying: (attempts: number, message: string) =>
    `Attempt ${attempts} failed (${message}): trying again…`,
  jobKicker: 'Bulk edit',
  after: 'After',
  empty: '(empty)',
  none: 'none',
  yes: 'yes',
  no: 'no',
  warningsTitle: 'Things to check',
  warningCount: (warning: PlanWarning, n: number) =>
    `${enWarnings[warning].split(':')[0] ?? ''}: ${enPlural(n, 'dataset', 'datasets')}`,
  skipHarvested: 'Do not change harvested datasets',
  concurrency: 'Simultaneous requests',
  concurrencyHint: '4 suits data.gouv.fr; lower it if you get 429 errors',
  apply: (n: number) => `Apply to ${enPlural(n, 'dataset', 'datasets')}`,
  back: 'Edit the request',
  nothingToApply: 'No dataset would change: there is nothing to apply.',
  importProblems: (n: number) => `${enPlural(n, 'row was', 'rows were')} set aside`,
  importColumns: (columns: string) => `Columns applied: ${columns}`,
  importIgnoredColumns: (columns: string) => `Unknown columns ignored: ${columns}`,
  importRules:
    'A blank cell leaves its field unchanged. To clear a field, write (empty) or (vide); title and “private” cannot be cleared. Dates: dd/mm/yyyy (day first) or yyyy-mm-dd.',
  problemRow: (row: number) => `Row ${enNumber(row)}`,
  problemMissingIdColumn: 'The file has no “id” column.',
  problemMalformed: (expected: number, found: number) => `${found} cells instead of ${expected}`,
  problemUnterminated: 'A quote is never closed: the rest of the file cannot be read',
  problemMisplacedQuote: 'A misplaced quote inside a cell: the row cannot be read',
  problemCannotClear: (column: string) => `${column} cannot be cleared`,
  problemInvalidDate: (column: string, value: string, reason: DateProblem) =>
    `Invalid date for ${column}: “${value}” — ${
      {
        'month-first': 'the month seems to come before the day; write dd/mm/yyyy or yyyy-mm-dd',
        'no-such-day': 'this date does not exist',
        format: 'accepted formats: dd/mm/yyyy or yyyy-mm-dd',
      }[reason]
    }`,
  problemCoverageEndWithoutStart: 'Temporal coverage: an end without a start',
  problemCoverageEndBeforeStart: 'Temporal coverage: the end comes before the start',
  problemMissingId: 'Empty id',
  problemUnknownId: (id: string) => `Unknown id in this organization: ${id}`,
  problemDuplicateId: (id: string) => `Duplicate id: ${id}`,
  problemInvalidValue: (column: string, value: string) => `Invalid value for ${column}: “${value}”`,
  readingFile: 'Reading the file…',
  loadingImported: (loaded: number, total: number) =>
    `Reading the file’s datasets… ${enNumber(loaded)} / ${enNumber(total)}`,
  notCsv: 'This file does not look like a readable CSV.',
  jobsTitle: 'Bulk edits',
  jobTitle: (operation: string) => `Bulk edit: ${operation}`,
  jobsIntro:
    'Bulk edits are kept in this browser: an interrupted edit (reload, network cut) can be resumed or undone.',
  noJobs: 'No bulk edit for this organization in this browser.',
  goToDatasets: 'Go to the datasets',
  jobsCaption: 'Bulk edits of the organization',
  columnDate: 'Date',
  columnOperation: 'Change',
  columnState: 'State',
  columnProgress: 'Results',
  columnActions: 'Actions',
  open: 'Open',
  openJob: (date: string) => `Open the edit of ${date}`,
  deleteJob: 'Forget',
  deleteJobLabel: (date: string) => `Forget the edit of ${date}`,
  jobNotFound: 'This bulk edit does not exist in this browser.',
  backToJobs: 'All bulk edits',
  createdAt: (date: string) => `Created on ${date}`,
  revertOf: 'Undoes the edit',
  revertedBy: 'Undone by the edit',
  progressLabel: 'Progress',
  progressText: (processed: number, total: number) =>
    `${enNumber(processed)} / ${enNumber(total)} processed`,
  timeLeft: (ms: number) => `about ${enDuration(ms)} left`,
  rate: (perSecond: number) =>
    `${perSecond.toLocaleString('en-GB', { maximumFractionDigits: 1 })} datasets/s`,
  waitingRateLimit: (ms: number) =>
    `The server asks us to slow down (429): resuming in ${enDuration(ms)}`,
  pause: 'Pause',
  resume: 'Resume',
  start: 'Start',
  cancelJob: 'Stop the edit',
  cancelConfirm:
    'Stop? Datasets already changed stay changed (you can undo them); the others will be skipped.',
  interruptedHint:
    'This edit was interrupted (page reloaded or closed). Resume it, or undo what was already done.',
  maybeElsewhere: 'It may still be running in another tab.',
  runElsewhere:
    'This job is running in another tab. You follow it here live; to pause, resume or cancel it, use that tab, or close it to carry on here.',
  signOutTitle: 'Keep the paused jobs?',
  signOutBody: (count: number) =>
    count > 1
      ? `${count} bulk jobs of this account are not finished. Kept in this browser, they are paused and wait for your next sign-in with this account. Deleted, they can no longer be resumed or cancelled; what they already changed stays changed.`
      : 'A bulk job of this account is not finished. Kept in this browser, it is paused and waits for your next sign-in with this account. Deleted, it can no longer be resumed or cancelled; what it already changed stays changed.',
  signOutKeep: 'Keep and sign out',
  signOutDelete: 'Delete and sign out',
  signOutStay: 'Stay signed in',
  pausedHint: 'Paused: datasets in progress finish, no other one is started.',
  heldStates: {
    'session-expired': 'Waiting for reconnection',
    'server-unavailable': 'Waiting for the server',
  } satisfies Record<PauseReason, string>,
  heldHints: {
    'session-expired':
      'Paused because the API key was refused: the edit resumes by itself as soon as you reconnect. No dataset is counted as failed.',
    'server-unavailable':
      'Paused because the server stopped answering: the console probes it at growing intervals (30 s at most) and resumes by itself as soon as it answers. No dataset is counted as failed, none is written twice.',
  } satisfies Record<PauseReason, string>,
  finishedSummary: (done: number, failed: number, conflict: number) =>
    `Finished: ${enNumber(done)} changed, ${enPlural(failed, 'failure', 'failures')}, ${enPlural(conflict, 'conflict', 'conflicts')}.`,
  journalError: (message: string) =>
    `The local record cannot be saved (${message}): do not reload the page before the end.`,
  leaveWarning: 'A bulk edit is running.',
  retryFailed: (n: number) => `Retry ${enPlural(n, 'failure', 'failures')}`,
  retryCancelled: (n: number) => `Resume ${enPlural(n, 'skipped dataset', 'skipped datasets')}`,
  downloadReport: 'Download the report (CSV)',
  revert: 'Undo this edit',
  revertConfirm: (n: number) =>
    `Put the previous values back on ${enPlural(n, 'dataset', 'datasets')}? Those changed by someone else since will be left as they are (conflict).`,
  confirm: 'Confirm',
  resultsTitle: 'Results per dataset',
  filterStatus: 'Filter by status',
  allStatuses: (n: number) => `All (${enNumber(n)})`,
  statusCount: (label: string, n: number) => `${label} (${enNumber(n)})`,
  columnDataset: 'Dataset',
  columnStatus: 'Status',
  columnChange: 'Change',
  columnMessage: 'Detail',
  conflictMessage: (fields: string) => `Changed by someone else since the preview: ${fields}`,
  skipReasons: {
    cancelled: 'The edit was stopped before this dataset',
    'no-permission': 'You may not edit it',
    invalid: 'The server would refuse the result',
    harvested: 'Harvested dataset, set aside as you asked',
  },
  noResults: 'No dataset with this status.',
  reportColumns: ['id', 'title', 'status', 'fields', 'before', 'after', 'detail'],
  openDataset: (title: string) => `Open “${title}”`,
  datasetsCount: (n: number) => enPlural(n, 'dataset', 'datasets'),
}
