import type { ReactNode } from 'react'

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
    <fieldset
      className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
      aria-labelledby={`${id}-legend`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="fr-fieldset__legend fr-text--regular" id={`${id}-legend`}>
        {legend}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </legend>
      {children}
      {error ? (
        <div className="fr-messages-group fr-fieldset__element" id={`${id}-error`}>
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      ) : null}
    </fieldset>
  )
}
