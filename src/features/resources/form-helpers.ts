import { useEffect, useRef } from 'react'
import type { FieldError } from 'react-hook-form'

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
