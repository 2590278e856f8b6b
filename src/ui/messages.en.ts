import { enNumber } from '@/i18n/numbers'

export default {
  loading: 'Loading…',
  errorTitle: 'Something went wrong',
  retry: 'Try again',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pagination: 'Pagination',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  results: (total: number) => `${enNumber(total)} result${total > 1 ? 's' : ''}`,
  offline: 'The server cannot be reached. Check your connection and try again.',
  timeout: 'The server is taking too long to answer. Try again in a moment.',
  rateLimited: 'The server is receiving too many requests. Try again in a moment.',
  sessionExpired:
    'The instance refused the API key (session expired): once reconnected, try again.',
  serverDown: (status: number) =>
    `The server is unavailable for now (error ${status}). Try again in a moment.`,
  httpError: (status: number) => `The server answered with an error (${status}).`,
  notFound:
    'Not found: this item was deleted, the address is wrong, or it is private and your API key may not see it.',
  forbidden: 'Your API key may not modify this item (error 403).',
  pageLinkRefused:
    'The server gave a next page outside its API; it was not loaded. The list is incomplete.',
  pageGone: 'That page no longer exists; here is the last page.',
  withCount: (label: string, count: number | undefined) =>
    count === undefined ? label : `${label} (${enNumber(count)})`,
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  close: 'Close',
}
