import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'

export type Suggestion = { key: string; label: string; detail?: string }

type SuggestInputProps = {
  id: string
  label: ReactNode
  hint?: ReactNode
  value: string
  onChange: (value: string) => void
  suggestions: Suggestion[]
  suggestionsLabel: string
  onPick: (suggestion: Suggestion) => void
  /** Enter (or a comma when `commaAdds`) with no suggestion highlighted. */
  onEnter?: (text: string) => void
  commaAdds?: boolean
  error?: string
  below?: ReactNode
  disabled?: boolean
}

/**
 * A combobox following the WAI-ARIA 1.2 pattern (list autocomplete): arrows move through the
 * suggestions, Enter picks, Escape closes. Used for tags and spatial zones.
 */
export function SuggestInput({
  id,
  label,
  hint,
  value,
  onChange,
  suggestions,
  suggestionsLabel,
  onPick,
  onEnter,
  commaAdds = false,
  error,
  below,
  disabled,
}: SuggestInputProps) {
  const listId = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const shown = open && suggestions.length > 0

  const pick = (suggestion: Suggestion) => {
    onPick(suggestion)
    setActive(-1)
    setOpen(false)
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActive((index) => (index + 1) % suggestions.length)
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1))
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    } else if (event.key === 'Enter' || (commaAdds && event.key === ',')) {
      const highlighted = shown && active >= 0 ? suggestions[active] : undefined
      if (highlighted) {
        event.preventDefault()
        pick(highlighted)
      } else if (onEnter && value.trim()) {
        event.preventDefault()
        onEnter(value)
        setOpen(false)
      } else if (event.key === 'Enter') {
        // Never submit the whole form from an autocomplete field.
        event.preventDefault()
      }
    }
  }

  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''} suggest-input`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint ? (
          <span className="fr-hint-text" id={hintId}>
            {hint}
          </span>
        ) : null}
      </label>
      <input
        className={`fr-input${error ? ' fr-input--error' : ''}`}
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={
          [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(event) => {
          onChange(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={suggestionsLabel}
        className="suggest-input__list"
        hidden={!shown}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="suggest-input__option"
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault()
              pick(suggestion)
            }}
          >
            {suggestion.label}
            {suggestion.detail ? <span className="fr-hint-text">{suggestion.detail}</span> : null}
          </li>
        ))}
      </ul>
      {below}
      {error ? (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
