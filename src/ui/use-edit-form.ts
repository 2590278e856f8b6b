import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form'
import type { z } from 'zod'
import { focusFirstError } from './use-checked-save'
import { useShowSaveError } from './use-show-save-error'
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard'

/**
 * What every edit form starts with: react-hook-form on its zod schema, the unsaved-changes guard,
 * and one `onSaveError` that puts a udata 400 on its fields (focusing the first one a user can
 * reach) and anything else above the save bar.
 */
export function useEditForm<V extends FieldValues>({
  schema,
  defaultValues,
  fields,
  focusable,
  fieldMap,
}: {
  schema: z.ZodType<V, V>
  defaultValues: DefaultValues<V>
  /** the fields a udata 400 may name */
  fields: readonly string[]
  /** those that take the focus (lists and fieldsets do not) */
  focusable: readonly Path<V>[]
  /** udata field names that land on another form field */
  fieldMap?: Record<string, Path<V>>
}) {
  const form = useForm<V>({ resolver: zodResolver(schema), defaultValues })
  const guard = useUnsavedChangesGuard(form.formState.isDirty)
  const showSaveError = useShowSaveError(form.setError, fields, fieldMap)
  const onSaveError = (error: unknown) => {
    if (showSaveError(error)) focusFirstError(form, focusable)
  }
  return { form, guard, onSaveError }
}
