import { ChoiceSelect } from './choice-select'
import { sortLabel } from './code-labels'

/** A list's sort order: a select of its sorts, each named from the feature's messages. */
export function SortSelect<Sort extends string>({
  label,
  value,
  sorts,
  messages,
  onChange,
}: {
  label: string
  value: Sort
  sorts: readonly Sort[]
  /** the feature's messages, with a `sort…Asc` / `sort…Desc` key for every sort */
  messages: Parameters<typeof sortLabel<Sort>>[0]
  onChange: (sort: Sort) => void
}) {
  return (
    <ChoiceSelect
      className="fr-mb-0"
      label={label}
      value={value}
      choices={sorts.map((sort) => ({ value: sort, label: sortLabel(messages, sort) }))}
      onChange={onChange}
    />
  )
}
