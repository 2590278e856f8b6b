import { useEffect, useRef, type InputHTMLAttributes } from 'react'
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form'
import { fieldState } from '@/ui/field-state'

/** Moves focus to a panel's heading when it opens, so keyboard and screen-reader users follow. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return ref
}

/**
 * An Input's props for a field the user may not change in this case (a hosted file's checksum,
 * a schema's URL once a catalogued schema is chosen): the wrapper and the input are disabled alike.
 */
export function lockableInput(
  registration: UseFormRegisterReturn,
  locked: boolean,
  error: FieldError | undefined,
  extra: InputHTMLAttributes<HTMLInputElement> = {},
) {
  return {
    nativeInputProps: { ...registration, ...extra, disabled: locked },
    disabled: locked,
    ...fieldState(error),
  }
}
