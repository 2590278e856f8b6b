import type { Dataservice } from './types'

export const dataserviceStatuses = ['public', 'draft', 'archived', 'deleted'] as const
export type DataserviceStatus = (typeof dataserviceStatuses)[number]

/** The one status shown; deleted wins over archived, archived over draft (as for datasets). */
export function dataserviceStatus(
  dataservice: Pick<Dataservice, 'deleted_at' | 'archived_at' | 'private'>,
): DataserviceStatus {
  if (dataservice.deleted_at) return 'deleted'
  if (dataservice.archived_at) return 'archived'
  if (dataservice.private) return 'draft'
  return 'public'
}
