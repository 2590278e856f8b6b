import type { ReactNode } from 'react'

/**
 * A DSFR fieldset with its error: the error state's class, and under the inputs the message the
 * fieldset is described by (the client's check or udata's 400).
 */
export function ErrorFieldset({
  errorId,
  error,
  errorClassName,
  labelledBy,
  children,
}: {
  errorId: string
  error?: string
  /** DSFR classes beside `fr-messages-group` (`FieldsetFrame` spaces it as one of its elements) */
  errorClassName?: string
  labelledBy?: string
  children: ReactNode
}) {
  return (
    <fieldset
      className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
      aria-labelledby={labelledBy}
      aria-describedby={error ? errorId : undefined}
    >
      {children}
      {error ? (
        <div
          className={errorClassName ? `fr-messages-group ${errorClassName}` : 'fr-messages-group'}
          id={errorId}
        >
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      ) : null}
    </fieldset>
  )
}
