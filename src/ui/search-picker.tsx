import { Button } from '@codegouvfr/react-dsfr/Button'
import { useId } from 'react'

export type PickerItem = { key: string; title: string }

export type PickerGroup<T extends PickerItem> = { title: string; items: T[] }

export type SearchPickerTexts = {
  legend: string
  hint: string
  searchLabel: string
  searchHint: string
  count: (n: number) => string
  none: string
  noResult: string
  add: (title: string) => string
  remove: (title: string) => string
}

/**
 * A complete list of chosen objects (dismissible tags) and a search-as-you-type box whose results
 * (in groups) add to it. The caller runs the searches; the list is never paged or truncated here,
 * so what is saved is always the whole set.
 */
export function SearchPicker<T extends PickerItem>({
  texts,
  value,
  onChange,
  query,
  onQueryChange,
  groups,
  searching,
  fetching,
  error,
}: {
  texts: SearchPickerTexts
  value: T[]
  onChange: (items: T[]) => void
  query: string
  onQueryChange: (query: string) => void
  /** The results, once the query is long enough (`searching`). */
  groups: PickerGroup<T>[]
  searching: boolean
  fetching: boolean
  error?: string
}) {
  const inputId = useId()
  const selected = new Set(value.map((item) => item.key))
  const found = groups.filter((group) => group.items.length > 0)

  return (
    <fieldset
      className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
      aria-describedby={error ? `${inputId}-error` : undefined}
    >
      <legend className="fr-fieldset__legend">
        {texts.legend}
        <span className="fr-hint-text">{texts.hint}</span>
      </legend>
      <div className="fr-fieldset__element">
        <p className="fr-mb-1w">{value.length > 0 ? texts.count(value.length) : texts.none}</p>
        {value.length > 0 ? (
          <ul className="fr-tags-group">
            {value.map((item) => (
              <li key={item.key}>
                <button
                  type="button"
                  className="fr-tag fr-tag--dismiss"
                  aria-label={texts.remove(item.title)}
                  onClick={() => onChange(value.filter((other) => other.key !== item.key))}
                >
                  {item.title}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="fr-fieldset__element">
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={inputId}>
            {texts.searchLabel}
            <span className="fr-hint-text">{texts.searchHint}</span>
          </label>
          <input
            id={inputId}
            className="fr-input"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => onQueryChange(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the search box must not submit the surrounding form.
              if (event.key === 'Enter') event.preventDefault()
            }}
          />
        </div>
        <div aria-live="polite">
          {searching ? (
            found.length === 0 ? (
              fetching ? null : (
                <p className="fr-text--sm">{texts.noResult}</p>
              )
            ) : (
              found.map((group) => (
                <div key={group.title} className="fr-mb-2w">
                  <p className="fr-text--sm fr-text--bold fr-mb-1v">{group.title}</p>
                  <ul className="fr-raw-list">
                    {group.items.map((item) => (
                      <li key={item.key} className="fr-mb-1v">
                        <Button
                          type="button"
                          size="small"
                          priority="tertiary"
                          iconId="fr-icon-add-line"
                          disabled={selected.has(item.key)}
                          onClick={() => {
                            if (!selected.has(item.key)) onChange([...value, item])
                          }}
                          aria-label={texts.add(item.title)}
                        >
                          {item.title}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )
          ) : null}
        </div>
      </div>
      {error ? (
        <div className="fr-messages-group" id={`${inputId}-error`}>
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      ) : null}
    </fieldset>
  )
}
