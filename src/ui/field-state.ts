/** The DSFR input state for a field's error: a message, or a react-hook-form `FieldError`. */
export function fieldState(error: string | { message?: string } | undefined) {
  const message = typeof error === 'string' ? error : error?.message
  return message
    ? { state: 'error' as const, stateRelatedMessage: message }
    : { state: 'default' as const }
}
