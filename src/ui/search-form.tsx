import { useState, type FormEvent } from 'react'

type SearchFormProps = {
  id: string
  label: string
  buttonLabel: string
  /** The current search from the URL; the box is re-initialised when it changes. */
  value: string | undefined
  onSearch: (q: string | undefined) => void
}

function SearchBox({ id, label, buttonLabel, value, onSearch }: SearchFormProps) {
  const [draft, setDraft] = useState(value ?? '')
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    onSearch(draft.trim() || undefined)
  }
  return (
    <form role="search" aria-label={label} onSubmit={handleSubmit}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <div className="fr-search-bar fr-mt-1w">
        <input
          className="fr-input"
          id={id}
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="fr-btn" title={buttonLabel}>
          {buttonLabel}
        </button>
      </div>
    </form>
  )
}

/**
 * A DSFR search bar for list pages whose query lives in the URL: typing edits a draft, submitting
 * searches, and a URL change (back button, reset) replaces the draft.
 */
export function SearchForm(props: SearchFormProps) {
  return <SearchBox key={props.value ?? ''} {...props} />
}
