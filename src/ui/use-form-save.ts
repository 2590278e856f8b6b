import type { DefaultValues, FieldValues, Path } from 'react-hook-form'
import { useNavigate } from 'react-router'
import type { z } from 'zod'
import { notifyAfter } from './notices'
import { useCheckedSave, type Known } from './use-checked-save'
import { useEditForm } from './use-edit-form'

type Options<F extends string, V extends FieldValues & Record<F, unknown>, S, C> = {
  schema: z.ZodType<V, V>
  /** what the form was opened on; `server` is null for a new object */
  opened: Known<V, S>
  /** the fields a udata 400 may name, and the conflict check compares */
  fields: readonly F[]
  /** those that take the focus (lists and fieldsets do not) */
  focusable: readonly Path<V>[]
  /** udata field names that land on another form field */
  fieldMap?: Record<string, Path<V>>
  same: (field: F, a: V, b: V) => boolean
  /** see useCheckedSave */
  read: (since: S) => Promise<Known<V, S> | null>
  write: (values: V, fields: F[], latest: S, now: Known<V, S> | null) => Promise<Known<V, S>>
  messages: { saved: string; nothingChanged: string }
  /**
   * A new object (`opened.server` null) is created instead: then the page of the created
   * object replaces the form's, with a notice.
   */
  create?: {
    send: (values: V) => Promise<C>
    pending: boolean
    to: (created: C) => string
    message: string
  }
}

/**
 * The save of an edit form (APIs, reuses, the organization profile): the form and its guard
 * (useEditForm), the checked partial save of an existing object (useCheckedSave), and the
 * creation of a new one.
 */
export function useFormSave<F extends string, V extends FieldValues & Record<F, unknown>, S, C>({
  schema,
  focusable,
  fieldMap,
  create,
  ...save
}: Options<F, V, S, C>) {
  const navigate = useNavigate()
  const { opened, fields } = save
  const { form, guard, onSaveError } = useEditForm({
    schema,
    defaultValues: opened.values as DefaultValues<V>,
    fields,
    focusable,
    fieldMap,
  })
  const checked = useCheckedSave({ form, ...save, onError: onSaveError })

  const submit = (values: V) => {
    if (!create || opened.server !== null) return checked.save(values)
    void create.send(values).then((created) => {
      guard.release()
      notifyAfter(navigate(create.to(created), { replace: true }), {
        kind: 'success',
        message: create.message,
      })
    }, onSaveError)
  }

  return {
    form,
    blocker: guard.blocker,
    conflicts: checked.conflicts,
    pending: Boolean(create?.pending) || checked.busy || form.formState.isSubmitting,
    submit: form.handleSubmit(submit),
  }
}
