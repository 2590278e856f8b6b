import { useMessages } from '@/i18n/messages'
import { codeLabel } from '@/ui/code-labels'
import type { DataserviceStatusFilter } from './dataservice-list-params'
import { dataserviceMessages } from './messages'
import type { AccessType, AudienceCondition, AudienceRole } from './types'

/** The words for the API's own codes (statuses, access types, audiences), in the UI language. */
export function useDataserviceLabels() {
  const t = useMessages(dataserviceMessages)
  return {
    status: (status: DataserviceStatusFilter) => codeLabel(t, 'status', status),
    access: (access: AccessType) => codeLabel(t, 'access', access),
    role: (role: AudienceRole) => codeLabel(t, 'role', role),
    condition: (condition: AudienceCondition | '') =>
      condition ? codeLabel(t, 'condition', condition) : t.conditionUnset,
  }
}
