import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useMessages } from '@/i18n/messages'
import { SearchInput, SearchResults } from '@/ui/search-input'
import { useTypedSearch } from '@/ui/use-typed-search'
import { memberMessages } from './messages'
import { personName } from './person'
import { memberQueries } from './queries'

type Chosen = { id: string; name: string }

/** Pick one account through `/api/1/users/suggest/` (it shows only e-mail domains). */
export function UserSearch({
  value,
  onChange,
  error,
}: {
  value: Chosen | null
  onChange: (user: Chosen | null) => void
  error?: string
}) {
  const t = useMessages(memberMessages)
  const id = useId()
  const { query, setQuery, q, searching } = useTypedSearch()
  const suggestions = useQuery({
    ...memberQueries.userSuggest(q),
    enabled: !value && searching,
  })
  const errorBlock = error ? (
    <p id={`${id}-error`} className="fr-error-text">
      {error}
    </p>
  ) : null

  if (value)
    return (
      <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
        <p className="fr-mb-1w">
          <strong>{t.userChosen(value.name)}</strong>
        </p>
        <Button
          type="button"
          size="small"
          priority="secondary"
          onClick={() => {
            onChange(null)
            setQuery('')
          }}
        >
          {t.userClear}
        </Button>
        {errorBlock}
      </div>
    )

  const results = searching ? (suggestions.data ?? []) : []
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <SearchInput
        id={id}
        label={t.userSearch}
        hint={t.userSearchHint}
        value={query}
        onChange={setQuery}
        invalid={Boolean(error)}
      />
      {errorBlock}
      <div aria-live="polite" className="fr-mt-1w">
        {searching && !suggestions.isFetching && results.length === 0 ? (
          <p className="fr-text--sm">{t.userNoResult}</p>
        ) : null}
        {results.length > 0 ? (
          <SearchResults
            results={results.map((user) => {
              const name = personName(user)
              return {
                key: user.id,
                content: user.email ? `${name} (${user.email})` : name,
                label: t.pickUser(name),
                onPick: () => onChange({ id: user.id, name }),
              }
            })}
          />
        ) : null}
      </div>
    </div>
  )
}
