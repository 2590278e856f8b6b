import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { setServerErrors } from '@/api/server-errors'
import { useErrorText } from './error-text'

/** `root.server` type of a save that failed outright (network, 5xx, 403…), not a refused 400. */
export const failedType = 'failed'

/**
 * How a failed save is shown, for every form: a udata 400's field errors go on their fields
 * (setServerErrors); anything else becomes `root.server`, shown above the form by
 * <SaveErrorAlert>. Returns true when fields got errors (the caller may move focus there).
 */
export function useShowSaveError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
  fieldMap: Record<string, Path<T>> = {},
) {
  const errorText = useErrorText()
  return (error: unknown): boolean => {
    if (setServerErrors(error, setError, knownFields, fieldMap)) return true
    setError('root.server', { type: failedType, message: errorText(error) })
    return false
  }
}
