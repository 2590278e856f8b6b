import type { TransferSubject } from './types'

/** Where a transferred object is managed in the console, once it belongs to `organizationId`. */
export function transferSubjectHref(organizationId: string, subject: TransferSubject): string {
  const kind =
    subject.class === 'Dataset' ? 'datasets' : subject.class === 'Reuse' ? 'reuses' : 'dataservices'
  return `/organizations/${organizationId}/${kind}/${subject.id}`
}
