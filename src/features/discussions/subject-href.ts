import type { DiscussionSubject } from './types'

/** Where a discussion's subject is managed in the console (`org=` covers the org's own objects). */
export function subjectHref(organizationId: string, subject: DiscussionSubject): string | null {
  if (subject.class === 'Dataset') return `/organizations/${organizationId}/datasets/${subject.id}`
  if (subject.class === 'Reuse') return `/organizations/${organizationId}/reuses/${subject.id}`
  if (subject.class === 'Dataservice')
    return `/organizations/${organizationId}/dataservices/${subject.id}`
  return null
}
