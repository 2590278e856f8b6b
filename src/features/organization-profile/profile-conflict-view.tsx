import { useMessages } from '@/i18n/messages'
import { ConflictView, type ConflictViewActions } from '@/ui/conflict-view'
import { codeLabel } from '@/ui/code-labels'
import { clashingFields } from '@/ui/field-conflicts'
import { listText } from '@/ui/value-text'
import { profileMessages } from './messages'
import type { ProfileFormField, ProfileFormValues } from './profile-values'

function show(field: ProfileFormField, value: ProfileFormValues[ProfileFormField]): string {
  if (field === 'custom')
    return listText(
      (value as ProfileFormValues['custom']).map((item) => item.title),
      '—',
    )
  return (value as string) || '—'
}

/** The shared conflict view, in the profile's words. */
export function ProfileConflictView(
  props: ConflictViewActions<ProfileFormField, ProfileFormValues> & { pending: boolean },
) {
  const t = useMessages(profileMessages)
  const label = (field: ProfileFormField) => codeLabel(t, 'field', field)
  const clashes = clashingFields(props.conflicts).map(label).join(', ')
  return (
    <ConflictView<ProfileFormField, ProfileFormValues>
      {...props}
      title={t.conflictTitle}
      description={t.conflictIntro(clashes)}
      label={label}
      text={show}
    />
  )
}
