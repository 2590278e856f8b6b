import { useId } from 'react'
import { DismissTagList } from './dismissible-tags'
import { ErrorFieldset } from './error-fieldset'
import { SearchInput, SearchResults } from './search-input'

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
    <ErrorFieldset errorId={`${inputId}-error`} error={error}>
      <legend className="fr-fieldset__legend">
        {texts.legend}
        <span className="fr-hint-text">{texts.hint}</span>
      </legend>
      <div className="fr-fieldset__element">
        <p className="fr-mb-1w">{value.length > 0 ? texts.count(value.length) : texts.none}</p>
        {value.length > 0 ? (
          <DismissTagList
            tags={value.map((item) => ({
              key: item.key,
              label: item.title,
              removeLabel: texts.remove(item.title),
              onRemove: () => onChange(value.filter((other) => other.key !== item.key)),
            }))}
          />
        ) : null}
      </div>
      <div className="fr-fieldset__element">
        <div className="fr-input-group">
          <SearchInput
            id={inputId}
            label={texts.searchLabel}
            hint={texts.searchHint}
            value={query}
            onChange={onQueryChange}
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
                  <SearchResults
                    icon="fr-icon-add-line"
                    results={group.items.map((item) => ({
                      key: item.key,
                      content: item.title,
                      label: texts.add(item.title),
                      disabled: selected.has(item.key),
                      onPick: () => {
                        if (!selected.has(item.key)) onChange([...value, item])
                      },
                    }))}
                  />
                </div>
              ))
            )
          ) : null}
        </div>
      </div>
    </ErrorFieldset>
  )
}
