import { Alert } from '@codegouvfr/react-dsfr/Alert'
import type { Organization } from '@/features/organizations/types'
import { useMessages } from '@/i18n/messages'
import { FormSaveBar } from '@/ui/form-save-bar'
import { MarkdownField } from '@/ui/markdown-field'
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
  const { form, blocker, conflicts, pending, submit } = useProfileFormSave(organization)
  return (
    <>
      {conflicts.viewProps ? (
        <ProfileConflictView {...conflicts.viewProps} pending={pending} />
      ) : null}
      <form
        noValidate
        hidden={conflicts.conflict !== null}
        aria-label={t.title}
        onSubmit={(event) => void submit(event)}
      >
        <fieldset
          className="fr-fieldset"
          disabled={readOnly}
          style={{ border: 0, padding: 0, margin: 0 }}
        >
          <div className="fr-grid-row fr-grid-row--gutters" style={{ width: '100%' }}>
            <div className="fr-col-12 fr-col-md-8">
              <TextField form={form} name="name" label={t.fieldName} autoComplete="organization" />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <TextField form={form} name="acronym" label={t.fieldAcronym} />
            </div>
            <MarkdownField
              form={form}
              name="description"
              label={t.fieldDescription}
              hint={t.fieldDescriptionHint}
            />
            <div className="fr-col-12 fr-col-md-8">
              <TextField
                form={form}
                name="url"
                type="url"
                label={t.fieldUrl}
                hint={t.fieldUrlHint}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <TextField
                form={form}
                name="business_number_id"
                label={t.fieldSiret}
                hint={t.fieldSiretHint}
                inputMode="numeric"
              />
            </div>
          </div>
          <CustomMetadataFields form={form} />
        </fieldset>
        <FormSaveBar
          label={t.save}
          pending={pending}
          canSave={!readOnly}
          error={form.formState.errors.root?.server}
          errorTitles={{ refusedTitle: t.saveRefused }}
          blocker={blocker}
        />
      </form>
    </>
  )
}

/** Shown above the form when the organization cannot be edited by this user. */
export function ReadOnlyNote() {
  const t = useMessages(profileMessages)
  return <Alert severity="info" small description={t.readOnly} className="fr-mb-3w" />
}
