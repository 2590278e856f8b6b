import { Button } from '@codegouvfr/react-dsfr/Button'
import type { FormEvent } from 'react'
import { useMessages } from '@/i18n/messages'
import type { DatasetListSearch } from './dataset-list-params'
import { datasetMessages } from './messages'

type Typed = Pick<DatasetListSearch, 'q' | 'format' | 'tag'>

/** The typed filters (title search, a tag to add, a format), applied together on submit. */
export function DatasetSearchForm({
  search,
  onSearch,
}: {
  search: Typed
  /** Receives what was typed; the tag to add, if any, is not yet in the list's tags. */
  onSearch: (typed: { q: string | undefined; format: string | undefined; tag: string }) => void
}) {
  const t = useMessages(datasetMessages)
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => {
      const value = form.get(name)
      return typeof value === 'string' ? value.trim() : ''
    }
    onSearch({
      q: text('q') || undefined,
      format: text('format').toLowerCase() || undefined,
      tag: text('tag'),
    })
  }
  return (
    // Keyed by what it shows: back/forward or a removed chip refills the inputs, while a select
    // change elsewhere keeps what is being typed.
    <form
      key={`${search.q ?? ''}\n${search.format ?? ''}\n${search.tag.join(',')}`}
      className="datasets-page__filters"
      onSubmit={handleSubmit}
      role="search"
    >
      <TextInput name="q" type="search" label={t.search} value={search.q} />
      <TextInput name="tag" label={t.filterTag} hint={t.filterTagHint} value={undefined} />
      <TextInput
        name="format"
        label={t.filterFormat}
        hint={t.filterFormatHint}
        value={search.format}
      />
      <Button type="submit" iconId="fr-icon-search-line">
        {t.searchButton}
      </Button>
    </form>
  )
}

function TextInput({
  name,
  type,
  label,
  hint,
  value,
}: {
  name: string
  type?: 'search'
  label: string
  hint?: string
  value: string | undefined
}) {
  const id = `datasets-${name}`
  return (
    <div className="fr-input-group">
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </label>
      <input className="fr-input" id={id} type={type} name={name} defaultValue={value ?? ''} />
    </div>
  )
}
