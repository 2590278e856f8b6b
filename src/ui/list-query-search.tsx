import { SearchForm } from './search-form'

/**
 * A list's search box, bound to its URL state (`useListSearch`'s `search.q` and `update`) and
 * worded by the feature's messages (`searchLabel`, `search`).
 */
export function ListQuerySearch({
  id,
  messages,
  search,
  update,
}: {
  id: string
  messages: { searchLabel: string; search: string }
  search: { q: string | undefined }
  update: (patch: { q: string | undefined }) => void
}) {
  return (
    <SearchForm
      id={id}
      label={messages.searchLabel}
      buttonLabel={messages.search}
      value={search.q}
      onSearch={(q) => update({ q })}
    />
  )
}
