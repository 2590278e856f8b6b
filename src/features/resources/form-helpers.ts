import { useEffect, useRef } from 'react'
import type { FieldError, FieldValues, UseFormSetError } from 'react-hook-form'
import { setServerErrors } from '@/api/server-errors'
import { useErrorText } from '@/ui/error-text'

export function fieldState(error: FieldError | undefined) {
  return error?.message
    ? { state: 'error' as const, stateRelatedMessage: error.message }
    : { state: 'default' as const }
}

/** Moves focus to a panel's heading when it opens, so keyboard and screen-reader users follow. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return ref
}

/** A failed save's field errors go on their fields; any other failure above the form. */
export function useShowSaveError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
) {
  const errorText = useErrorText()
  return (error: unknown) => {
    if (!setServerErrors(error, setError, knownFields)) {
      setError('root.server', { type: 'server', message: errorText(error) })
    }
  }
}
