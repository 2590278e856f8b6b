import { useQuery } from '@tanstack/react-query'
import { contactPointQueries, datasetReferenceQueries } from '@/features/datasets/queries'
import { audienceRoles, type ContactPoint } from '@/features/datasets/types'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { codeLabel } from '@/ui/code-labels'
import { ConflictView, type ConflictViewActions } from '@/ui/conflict-view'
import { formatDateTime } from '@/ui/dates'
import { listText, namesText } from '@/ui/value-text'
import { useDataserviceLabels } from './dataservice-labels'
import type { DataserviceFormField, DataserviceFormValues } from './dataservice-form-values'
import { dataserviceMessages } from './messages'
import { dataserviceQueries } from './queries'

type Props = ConflictViewActions<DataserviceFormField, DataserviceFormValues> & {
  organizationId: string
  serverModifiedAt: string
  knownContacts: readonly ContactPoint[]
  pending: boolean
}

/** The shared conflict view, with an API's fields in words. */
export function DataserviceConflictView({
  organizationId,
  serverModifiedAt,
  knownContacts,
  ...props
}: Props) {
  const t = useMessages(dataserviceMessages)
  const lang = useLanguage()
  const labels = useDataserviceLabels()
  const licenses = useQuery(datasetReferenceQueries.licenses(lang))
  const reasons = useQuery(dataserviceQueries.reasonCategories(lang))
  const contacts = useQuery(contactPointQueries.list(organizationId))
  const text = (field: DataserviceFormField, value: unknown): string => {
    const empty = t.emptyValue
    switch (field) {
      case 'tags':
        return listText(value as string[], empty)
      case 'datasets':
        return listText(
          (value as DataserviceFormValues['datasets']).map((dataset) => dataset.title),
          empty,
        )
      case 'contact_points':
        return namesText(
          value as string[],
          [...(contacts.data?.data ?? []), ...knownContacts],
          empty,
        )
      case 'access_type':
        return labels.access(value as DataserviceFormValues['access_type'])
      case 'access_audiences': {
        const audiences = value as DataserviceFormValues['access_audiences']
        return listText(
          audienceRoles
            .filter((role) => audiences[role])
            .map((role) => `${labels.role(role)} : ${labels.condition(audiences[role])}`),
          empty,
          '\n',
        )
      }
      case 'license':
        return (
          licenses.data?.find((item) => item.id === value)?.title ?? ((value as string) || empty)
        )
      case 'access_type_reason_category':
        return (
          reasons.data?.find((item) => item.value === value)?.label ?? ((value as string) || empty)
        )
      default:
        return (value as string) || empty
    }
  }
  return (
    <ConflictView<DataserviceFormField, DataserviceFormValues>
      {...props}
      title={t.conflictTitle}
      description={t.conflictBody(formatDateTime(serverModifiedAt, lang) ?? serverModifiedAt)}
      label={(field) => codeLabel(t, 'field', field)}
      text={text}
    />
  )
}
