import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ReactNode } from 'react'
import type { GlobalError } from 'react-hook-form'
import type { Blocker } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { formMessages } from './form-messages'
import { SaveErrorAlert, type SaveErrorAlertProps } from './save-error'
import { UnsavedChangesDialog } from './unsaved-changes-dialog'
import './form-save-bar.css'

type FormSaveBarProps = {
  /** the submit button's words ("Enregistrer", "Créer…"); "Enregistrement…" while pending */
  label: string
  pending: boolean
  disabled?: boolean
  /** false for someone who may only read: no submit button */
  canSave?: boolean
  /** shows the "unsaved changes" badge */
  dirty?: boolean
  /** the save's failure (`root.server`), shown just above the bar */
  error: GlobalError | undefined
  errorTitles?: Omit<SaveErrorAlertProps, 'error' | 'className'>
  /** from useUnsavedChangesGuard: asks before leaving with unsaved edits */
  blocker: Blocker
  /** the other actions (back to the list, drop the edits) */
  children?: ReactNode
}

/**
 * The end of every edit form: how a failed save is shown, the submit and the other actions in a
 * bar that stays on screen, and the question asked before leaving with unsaved edits.
 */
export function FormSaveBar({
  label,
  pending,
  disabled = false,
  canSave = true,
  dirty = false,
  error,
  errorTitles,
  blocker,
  children,
}: FormSaveBarProps) {
  const t = useMessages(formMessages)
  return (
    <>
      <SaveErrorAlert error={error} {...errorTitles} className="fr-mt-3w fr-mb-0" />
      {canSave || children ? (
        <div className="form-save-bar">
          {canSave ? (
            <Button type="submit" disabled={pending || disabled}>
              {pending ? t.saving : label}
            </Button>
          ) : null}
          {children}
          {dirty ? (
            <span className="fr-badge fr-badge--sm fr-badge--warning fr-badge--no-icon">
              {t.unsavedChanges}
            </span>
          ) : null}
        </div>
      ) : null}
      {blocker.state === 'blocked' ? (
        <UnsavedChangesDialog onLeave={() => blocker.proceed()} onStay={() => blocker.reset()} />
      ) : null}
    </>
  )
}
