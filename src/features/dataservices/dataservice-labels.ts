import { useMessages } from '@/i18n/messages'
import type { DataserviceStatusFilter } from './dataservice-list-params'
import { dataserviceMessages } from './messages'
import type { AccessType, AudienceCondition, AudienceRole } from './types'

type Messages = (typeof dataserviceMessages)['fr']

const statusKey: Record<DataserviceStatusFilter, keyof Messages> = {
  all: 'statusAll',
  public: 'statusPublic',
  draft: 'statusDraft',
  archived: 'statusArchived',
  deleted: 'statusDeleted',
}
const accessKey: Record<AccessType, keyof Messages> = {
  open: 'accessOpen',
  open_with_account: 'accessOpenWithAccount',
  restricted: 'accessRestricted',
}
const roleKey: Record<AudienceRole, keyof Messages> = {
  local_authority_and_administration: 'roleLocalAuthority',
  company_and_association: 'roleCompany',
  private: 'rolePrivate',
}
const conditionKey: Record<AudienceCondition | '', keyof Messages> = {
  '': 'conditionUnset',
  yes: 'conditionYes',
  no: 'conditionNo',
  under_condition: 'conditionUnderCondition',
}

/** The words for the API's own codes (statuses, access types, audiences), in the UI language. */
export function useDataserviceLabels() {
  const t = useMessages(dataserviceMessages)
  return {
    status: (status: DataserviceStatusFilter) => t[statusKey[status]] as string,
    access: (access: AccessType) => t[accessKey[access]] as string,
    role: (role: AudienceRole) => t[roleKey[role]] as string,
    condition: (condition: AudienceCondition | '') => t[conditionKey[condition]] as string,
  }
}
