import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ComponentProps, FormEvent, ReactNode } from 'react'
import type { GlobalError } from 'react-hook-form'
import type { Blocker } from 'react-router'
import { FormSaveBar } from './form-save-bar'

type EditFormProps = {
  /** the form's accessible name */
  label: string
  /** from useFormSave; the save's failure is the form's `root.server` error */
  save: {
    form: { formState: { errors: { root?: Record<string, GlobalError> } } }
    blocker: Blocker
    pending: boolean
    submit: (event?: FormEvent) => Promise<void>
    conflicts: { conflict: unknown }
  }
  /** the conflict view: while a conflict waits for the user, it stands in the form's place */
  conflictView: ReactNode
  /** the submit button's words */
  saveLabel: string
  /** fields read-only (a deleted object, a user who may only read) */
  disabled?: boolean
  /** the save bar's options: `disabled` greys the submit (a deleted object), `canSave` false hides it */
  bar?: Pick<ComponentProps<typeof FormSaveBar>, 'disabled' | 'canSave' | 'errorTitles'>
  /** a link back to the list, beside the submit button */
  cancel?: { to: string; label: string }
  /** above the fields (a read-only note) */
  before?: ReactNode
  /** between the fields and the save bar (a hint) */
  after?: ReactNode
  children: ReactNode
}

/**
 * The frame every edit form shares: the conflict view in the form's place while it waits, the
 * fields in one fieldset that a read-only form disables, and the save bar.
 */
export function EditForm({
  label,
  save,
  conflictView,
  saveLabel,
  disabled = false,
  bar,
  cancel,
  before,
  after,
  children,
}: EditFormProps) {
  return (
    <>
      {conflictView}
      <form
        noValidate
        hidden={save.conflicts.conflict !== null}
        aria-label={label}
        onSubmit={(event) => void save.submit(event)}
      >
        {before}
        <fieldset
          className="fr-fieldset"
          disabled={disabled}
          style={{ border: 0, padding: 0, margin: 0, display: 'block' }}
        >
          {children}
        </fieldset>
        {after}
        <FormSaveBar
          label={saveLabel}
          pending={save.pending}
          blocker={save.blocker}
          error={save.form.formState.errors.root?.server}
          {...bar}
        >
          {cancel ? (
            <Button priority="secondary" linkProps={{ to: cancel.to }}>
              {cancel.label}
            </Button>
          ) : null}
        </FormSaveBar>
      </form>
    </>
  )
}
