import { useMessages } from '@/i18n/messages'
import { ConflictView, type ConflictViewActions } from '@/ui/conflict-view'
import { codeLabel } from '@/ui/code-labels'
import { clashingFields } from '@/ui/field-conflicts'
import { listText } from '@/ui/value-text'
import { reuseMessages } from './messages'
import type { ReuseFormField, ReuseFormValues } from './reuse-form-values'

function show(field: ReuseFormField, value: ReuseFormValues[ReuseFormField]): string {
  switch (field) {
    case 'datasets':
      return listText(
        (value as ReuseFormValues['datasets']).map((dataset) => dataset.title),
        '—',
      )
    case 'tags':
      return listText(value as string[], '—')
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
  const label = (field: ReuseFormField) => codeLabel(t, 'field', field)
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
