import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiError } from './client'

/**
 * Puts a udata 400's field errors on the form's fields (whichever of the three error shapes
 * it came in; see api/errors.ts). `fieldMap` renames API paths to form paths (e.g.
 * `temporal_coverage` → `temporal_start`); errors on no known field go to `root.server`.
 * Returns true when the error was a field-level one the form now shows.
 */
export function setServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
  fieldMap: Record<string, Path<T>> = {},
): boolean {
  if (!(error instanceof ApiError) || error.status !== 400) return false
  const unmatched: string[] = []
  for (const [apiPath, messages] of Object.entries(error.fieldErrors)) {
    const mapped = fieldMap[apiPath] ?? fieldMap[apiPath.split('.')[0] ?? '']
    const path = mapped ?? (knownFields.includes(apiPath) ? apiPath : undefined)
    if (path) setError(path as Path<T>, { type: 'server', message: messages.join(' ') })
    else unmatched.push(apiPath ? `${apiPath}: ${messages.join(' ')}` : messages.join(' '))
  }
  if (unmatched.length > 0 || Object.keys(error.fieldErrors).length === 0) {
    setError('root.server', {
      type: 'server',
      message: unmatched.length > 0 ? unmatched.join('\n') : error.message,
    })
  }
  return true
}
