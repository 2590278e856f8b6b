import type { datasetMessages } from './messages'
import type { AccessType } from './types'

type Messages = (typeof datasetMessages)['fr']

export const accessTypes: readonly AccessType[] = ['open', 'open_with_account', 'restricted']

export function accessTypeLabel(t: Messages, accessType: AccessType): string {
  if (accessType === 'open_with_account') return t.accessOpenWithAccount
  if (accessType === 'restricted') return t.accessRestricted
  return t.accessOpen
}
