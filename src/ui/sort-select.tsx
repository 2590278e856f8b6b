import { ChoiceSelect } from './choice-select'
import { sortLabel } from './code-labels'

/**
 * A list's sort order, bound to its URL state (`useListSearch`'s `search.sort` and `update`): a
 * select of its sorts, labelled and each named from the feature's messages.
 */
export function SortSelect<Sort extends string>({
  sorts,
  messages,
  search,
  update,
}: {
  sorts: readonly Sort[]
  /** `sort` labels the select; a `sort…Asc` / `sort…Desc` key names each sort */
  messages: Parameters<typeof sortLabel<Sort>>[0] & { sort: string }
  search: { sort: Sort }
  update: (patch: { sort: Sort }) => void
}) {
  return (
    <ChoiceSelect
      className="fr-mb-0"
      label={messages.sort}
      value={search.sort}
      choices={sorts.map((sort) => ({ value: sort, label: sortLabel(messages, sort) }))}
      onChange={(sort) => update({ sort })}
    />
  )
}
