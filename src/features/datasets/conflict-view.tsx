import { useQuery } from '@tanstack/react-query'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { codeLabel } from '@/ui/code-labels'
import { ConflictView, type ConflictViewActions } from '@/ui/conflict-view'
import { formatDate, formatDateTime } from '@/ui/dates'
import { listText, namesText } from '@/ui/value-text'
import type { DatasetFormField, DatasetFormValues } from './dataset-form-values'
import { datasetMessages } from './messages'
import { datasetPageMessages } from './page-messages'
import { contactPointQueries, datasetReferenceQueries } from './queries'
import { audienceRoles, type ContactPoint } from './types'

/** Field values in words (titles of licenses, names of contacts…), for the conflict view. */
function useValueText(organizationId: string, extraContacts: ContactPoint[]) {
  const t = useMessages(datasetPageMessages)
  const statuses = useMessages(datasetMessages)
  const lang = useLanguage()
  const licenses = useQuery(datasetReferenceQueries.licenses(lang))
  const frequencies = useQuery(datasetReferenceQueries.frequencies(lang))
  const granularities = useQuery(datasetReferenceQueries.granularities(lang))
  const contacts = useQuery(contactPointQueries.list(organizationId))
  const reasons = useQuery(datasetReferenceQueries.accessReasons(lang))
  return (field: DatasetFormField, value: DatasetFormValues[DatasetFormField]): string => {
    const empty = t.emptyValue
    switch (field) {
      case 'tags':
        return listText(value as string[], empty)
      case 'zones':
        return listText(
          (value as DatasetFormValues['zones']).map((zone) => zone.name),
          empty,
        )
      case 'contact_points':
        return namesText(
          value as string[],
          [...(contacts.data?.data ?? []), ...extraContacts],
          empty,
        )
      case 'private':
        return value ? statuses.badgeDraft : statuses.badgePublic
      case 'license':
        return licenses.data?.find((item) => item.id === value)?.title ?? (value as string)
      case 'frequency':
        return frequencies.data?.find((item) => item.id === value)?.label ?? (value as string)
      case 'granularity':
        return (
          granularities.data?.find((item) => item.id === value)?.name ??
          ((value as string) || empty)
        )
      case 'access_type':
        return codeLabel(t, 'access', value as DatasetFormValues['access_type'])
      case 'access_audiences': {
        const audiences = value as DatasetFormValues['access_audiences']
        return listText(
          audienceRoles
            .filter((role) => audiences[role])
            .map((role) => `${t.audienceRole[role]} : ${t.audienceCondition[audiences[role]]}`),
          empty,
        )
      }
      case 'access_type_reason_category':
        return (
          reasons.data?.find((item) => item.value === value)?.label ?? ((value as string) || empty)
        )
      case 'extras':
        return listText(
          (value as DatasetFormValues['extras']).map(
            (row) => `${row.key} = ${row.value.replace(/\s+/g, ' ')}`,
          ),
          empty,
          ' ; ',
        )
      case 'frequency_date':
      case 'temporal_start':
      case 'temporal_end':
        return formatDate(value, lang) ?? empty
      default:
        return (value as string) || empty
    }
  }
}

type ConflictViewProps = ConflictViewActions<DatasetFormField, DatasetFormValues> & {
  organizationId: string
  serverLastModified: string
  extraContacts: ContactPoint[]
  pending: boolean
}

/** The shared conflict view, in the dataset's words. */
export function DatasetConflictView({
  organizationId,
  serverLastModified,
  extraContacts,
  ...props
}: ConflictViewProps) {
  const t = useMessages(datasetPageMessages)
  const lang = useLanguage()
  const text = useValueText(organizationId, extraContacts)
  return (
    <ConflictView<DatasetFormField, DatasetFormValues>
      {...props}
      title={t.conflictTitle}
      description={t.conflictBody(formatDateTime(serverLastModified, lang) ?? serverLastModified)}
      label={(field) => codeLabel(t, 'field', field)}
      text={text}
    />
  )
}
