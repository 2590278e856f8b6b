import { useMessages } from '@/i18n/messages'
import { ConflictView, type ConflictViewActions } from '@/ui/conflict-view'
import { clashingFields } from '@/ui/field-conflicts'
import { reuseMessages } from './messages'
import type { ReuseFormField, ReuseFormValues } from './reuse-form-values'

type Messages = (typeof reuseMessages)['fr']
const fieldLabel: Record<ReuseFormField, keyof Messages> = {
  title: 'fieldTitle',
  description: 'fieldDescription',
  url: 'fieldUrl',
  type: 'fieldType',
  topic: 'fieldTopic',
  tags: 'fieldTags',
  datasets: 'fieldDatasets',
  private: 'fieldPrivate',
  archived: 'fieldArchived',
}

function show(field: ReuseFormField, value: ReuseFormValues[ReuseFormField]): string {
  switch (field) {
    case 'datasets':
      return (
        (value as ReuseFormValues['datasets']).map((dataset) => dataset.title).join(', ') || '—'
      )
    case 'tags':
      return (value as string[]).join(', ') || '—'
    case 'private':
    case 'archived':
      return value ? '✓' : '✗'
    default:
      return (value as string) || '—'
  }
}

/** The shared conflict view, in the reuse's words. */
export function ReuseConflictView(
  props: ConflictViewActions<ReuseFormField, ReuseFormValues> & { pending: boolean },
) {
  const t = useMessages(reuseMessages)
  const label = (field: ReuseFormField) => t[fieldLabel[field]] as string
  const clashes = clashingFields(props.conflicts).map(label).join(', ')
  return (
    <ConflictView<ReuseFormField, ReuseFormValues>
      {...props}
      title={t.conflictTitle}
      caption={t.conflictTitle}
      description={`${t.conflictIntro(clashes)} ${t.conflictOnlyTheirs}`}
      label={label}
      text={show}
    />
  )
}
