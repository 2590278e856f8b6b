import { zodResolver } from '@hookform/resolvers/zod'
import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { Markdown } from '@/ui/markdown'
import { notify } from '@/ui/notices'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { CustomMetadataFields } from './custom-metadata-fields'
import { profileMessages } from './messages'
import { fetchCurrentProfile, useUpdateProfile } from './mutations'
import { ProfileConflictPanel, type ProfileConflict } from './profile-conflict-panel'
import {
  changedFields,
  findConflicts,
  profileFormFields,
  profileFormSchema,
  toProfilePayload,
  toProfileValues,
  type ProfileFormField,
  type ProfileFormValues,
} from './profile-values'
import type { Organization } from '@/features/organizations/types'

type Base = { values: ProfileFormValues; extras: Record<string, unknown> }

/**
 * The organization's profile. A save sends only the changed keys (udata patches the
 * organization); just before, it re-reads the organization and, if someone changed a field the
 * user changed too, lets the user choose rather than overwrite it silently (no ETag in udata).
 */
export function ProfileForm({
  organization,
  readOnly,
}: {
  organization: Organization
  readOnly: boolean
}) {
  const t = useMessages(profileMessages)
  const [base, setBase] = useState<Base>(() => ({
    values: toProfileValues(organization),
    extras: organization.extras ?? {},
  }))
  const [conflict, setConflict] = useState<ProfileConflict | null>(null)
  const [checking, setChecking] = useState(false)
  const schema = useMemo(() => profileFormSchema(t), [t])
  const form = useForm<ProfileFormValues>({
    resolver: zodResolver(schema),
    defaultValues: base.values,
  })
  const { errors, isDirty, isSubmitting } = form.formState
  const description = useWatch({ control: form.control, name: 'description' })
  const update = useUpdateProfile(organization.id)
  const { blocker } = useUnsavedChangesGuard(isDirty)
  const pending = update.isPending || checking || isSubmitting
  const showSaveError = useShowSaveError(form.setError, profileFormFields, { extras: 'custom' })

  const put = (
    values: ProfileFormValues,
    fields: readonly ProfileFormField[],
    extras: Base['extras'],
  ) =>
    update.mutate(toProfilePayload(values, fields, extras), {
      onSuccess: (saved) => {
        const next = { values: toProfileValues(saved), extras: saved.extras ?? {} }
        setBase(next)
        setConflict(null)
        form.reset(next.values)
        notify({ kind: 'success', message: t.saved })
      },
      onError: (error) => {
        if (!showSaveError(error)) return
        const first = profileFormFields.find((field) => form.getFieldState(field).error)
        if (first && first !== 'custom') form.setFocus(first)
      },
    })

  const submit = async (values: ProfileFormValues) => {
    const fields = changedFields(base.values, values)
    if (fields.length === 0) {
      notify({ kind: 'info', message: t.nothingChanged })
      return
    }
    setChecking(true)
    let current: Organization
    try {
      current = await fetchCurrentProfile(organization)
    } catch (error) {
      showSaveError(error)
      return
    } finally {
      setChecking(false)
    }
    const server = toProfileValues(current)
    const overlap = findConflicts(base.values, values, server)
    if (overlap.length > 0) {
      setConflict({ fields: overlap, server, extras: current.extras ?? {} })
      return
    }
    // Extras are sent whole: the current ones, so a concurrent extras write is not undone.
    put(values, fields, current.extras ?? {})
  }

  const keepMine = () => {
    if (!conflict) return
    const values = form.getValues()
    put(values, changedFields(base.values, values), conflict.extras)
  }
  const takeTheirs = () => {
    if (!conflict) return
    const mine = form.getValues()
    const merged: ProfileFormValues = { ...mine }
    for (const field of conflict.fields) Object.assign(merged, { [field]: conflict.server[field] })
    setBase({ values: conflict.server, extras: conflict.extras })
    form.reset(conflict.server)
    // The user's other edits stay in the form, still marked unsaved.
    for (const field of changedFields(conflict.server, merged))
      form.setValue(field, merged[field], { shouldDirty: true })
    setConflict(null)
  }

  return (
    <>
      <form
        noValidate
        aria-label={t.title}
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
      >
        <fieldset
          className="fr-fieldset"
          disabled={readOnly}
          style={{ border: 0, padding: 0, margin: 0 }}
        >
          <div className="fr-grid-row fr-grid-row--gutters" style={{ width: '100%' }}>
            <div className="fr-col-12 fr-col-md-8">
              <Input
                label={t.fieldName}
                state={errors.name ? 'error' : 'default'}
                stateRelatedMessage={errors.name?.message}
                nativeInputProps={{ ...form.register('name'), autoComplete: 'organization' }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Input
                label={t.fieldAcronym}
                state={errors.acronym ? 'error' : 'default'}
                stateRelatedMessage={errors.acronym?.message}
                nativeInputProps={{ ...form.register('acronym'), autoComplete: 'off' }}
              />
            </div>
            <div className="fr-col-12 fr-col-lg-6">
              <Input
                textArea
                label={t.fieldDescription}
                hintText={t.fieldDescriptionHint}
                state={errors.description ? 'error' : 'default'}
                stateRelatedMessage={errors.description?.message}
                nativeTextAreaProps={{ ...form.register('description'), rows: 12 }}
              />
            </div>
            <div className="fr-col-12 fr-col-lg-6">
              <section aria-labelledby="profile-preview-title">
                <p id="profile-preview-title" className="fr-label fr-mb-1w">
                  {t.preview}
                </p>
                <div
                  className="fr-p-2w"
                  style={{
                    border: '1px solid var(--border-default-grey)',
                    minHeight: '12rem',
                    overflowWrap: 'anywhere',
                  }}
                >
                  {description.trim() ? (
                    <Markdown source={description} />
                  ) : (
                    <p className="fr-hint-text">{t.emptyPreview}</p>
                  )}
                </div>
              </section>
            </div>
            <div className="fr-col-12 fr-col-md-8">
              <Input
                label={t.fieldUrl}
                hintText={t.fieldUrlHint}
                state={errors.url ? 'error' : 'default'}
                stateRelatedMessage={errors.url?.message}
                nativeInputProps={{
                  ...form.register('url'),
                  type: 'url',
                  inputMode: 'url',
                  autoComplete: 'url',
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Input
                label={t.fieldSiret}
                hintText={t.fieldSiretHint}
                state={errors.business_number_id ? 'error' : 'default'}
                stateRelatedMessage={errors.business_number_id?.message}
                nativeInputProps={{
                  ...form.register('business_number_id'),
                  inputMode: 'numeric',
                  autoComplete: 'off',
                }}
              />
            </div>
          </div>
          <CustomMetadataFields form={form} />
        </fieldset>
        <SaveErrorAlert
          error={errors.root?.server}
          refusedTitle={t.saveRefused}
          className="fr-mt-3w fr-mb-2w"
        />
        {conflict ? (
          <ProfileConflictPanel
            conflict={conflict}
            mine={form.getValues()}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
            pending={update.isPending}
          />
        ) : null}
        {readOnly ? null : (
          <Button type="submit" className="fr-mt-3w" disabled={pending || Boolean(conflict)}>
            {pending ? t.saving : t.save}
          </Button>
        )}
      </form>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t.leaveTitle}
        confirmLabel={t.leave}
        cancelLabel={t.stay}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>{t.leaveBody}</p>
      </ConfirmDialog>
    </>
  )
}

/** Shown above the form when the organization cannot be edited by this user. */
export function ReadOnlyNote() {
  const t = useMessages(profileMessages)
  return <Alert severity="info" small description={t.readOnly} className="fr-mb-3w" />
}
