import { Alert } from '@codegouvfr/react-dsfr/Alert'
import type { Organization } from '@/features/organizations/types'
import { useMessages } from '@/i18n/messages'
import { EditForm } from '@/ui/edit-form'
import { NameFields } from '@/ui/name-fields'
import { TextField } from '@/ui/text-field'
import { CustomMetadataFields } from './custom-metadata-fields'
import { profileMessages } from './messages'
import { ProfileConflictView } from './profile-conflict-view'
import { useProfileFormSave } from './profile-form-save'

/**
 * The organization's profile; while a conflict waits for the user, its view stands in the
 * form's place (see useProfileFormSave).
 */
export function ProfileForm({
  organization,
  readOnly,
}: {
  organization: Organization
  readOnly: boolean
}) {
  const t = useMessages(profileMessages)
  const save = useProfileFormSave(organization)
  const { form, conflicts } = save
  return (
    <EditForm
      label={t.title}
      save={save}
      conflictView={
        conflicts.viewProps ? (
          <ProfileConflictView {...conflicts.viewProps} pending={save.pending} />
        ) : null
      }
      saveLabel={t.save}
      disabled={readOnly}
      bar={{ canSave: !readOnly, errorTitles: { refusedTitle: t.saveRefused } }}
    >
      <div className="fr-grid-row fr-grid-row--gutters">
        <NameFields
          form={form}
          name="name"
          label={t.fieldName}
          autoComplete="organization"
          words={t}
        />
        <TextField
          form={form}
          name="url"
          type="url"
          label={t.fieldUrl}
          hint={t.fieldUrlHint}
          column={8}
        />
        <TextField
          form={form}
          name="business_number_id"
          label={t.fieldBusinessNumberId}
          hint={t.fieldSiretHint}
          inputMode="numeric"
          column={4}
        />
      </div>
      <CustomMetadataFields form={form} />
    </EditForm>
  )
}

/** Shown above the form when the organization cannot be edited by this user. */
export function ReadOnlyNote() {
  const t = useMessages(profileMessages)
  return <Alert severity="info" small description={t.readOnly} className="fr-mb-3w" />
}
