import type { ReactNode } from 'react'
import { ErrorFieldset } from './error-fieldset'

/**
 * A DSFR fieldset for a field made of several inputs (checkbox lists, audiences): its legend
 * and hint, and its error (the client's check or udata's 400) under it, tied to the fieldset.
 */
export function FieldsetFrame({
  id,
  legend,
  hint,
  error,
  children,
}: {
  /** the legend's and the error's ids start with it */
  id: string
  legend: ReactNode
  hint?: string
  error?: string
  children: ReactNode
}) {
  return (
    <ErrorFieldset
      errorId={`${id}-error`}
      error={error}
      errorClassName="fr-fieldset__element"
      labelledBy={`${id}-legend`}
    >
      <legend className="fr-fieldset__legend fr-text--regular" id={`${id}-legend`}>
        {legend}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </legend>
      {children}
    </ErrorFieldset>
  )
}
