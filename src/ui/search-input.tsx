import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ReactNode } from 'react'

/** A search-as-you-type box with its label and hint; Enter does not submit the form around it. */
export function SearchInput({
  id,
  label,
  hint,
  value,
  onChange,
  invalid = false,
}: {
  id: string
  label: string
  hint: string
  value: string
  onChange: (value: string) => void
  /** its error message is at `${id}-error` */
  invalid?: boolean
}) {
  return (
    <>
      <label className="fr-label" htmlFor={id}>
        {label}
        <span className="fr-hint-text">{hint}</span>
      </label>
      <input
        id={id}
        className={invalid ? 'fr-input fr-input--error' : 'fr-input'}
        type="search"
        autoComplete="off"
        aria-describedby={invalid ? `${id}-error` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the search box must not submit the surrounding form.
          if (event.key === 'Enter') event.preventDefault()
        }}
      />
    </>
  )
}

/** A search's results, each a button that picks it. */
export function SearchResults({
  results,
  icon,
}: {
  results: readonly {
    key: string
    content: ReactNode
    /** the button's accessible name */
    label: string
    onPick: () => void
    disabled?: boolean
  }[]
  icon?: 'fr-icon-add-line'
}) {
  return (
    <ul className="fr-raw-list">
      {results.map((result) => {
        const button = {
          type: 'button',
          size: 'small',
          priority: 'tertiary',
          disabled: result.disabled,
          onClick: result.onPick,
          'aria-label': result.label,
          children: result.content,
        } as const
        return (
          <li key={result.key} className="fr-mb-1v">
            {icon ? <Button {...button} iconId={icon} /> : <Button {...button} />}
          </li>
        )
      })}
    </ul>
  )
}
