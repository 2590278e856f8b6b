/**
 * A select's options from a reference list, preceded by the current value when the list lacks
 * it (an id udata no longer lists, or the list still loading), so that the value never silently
 * changes to the first option.
 */
export function ListOptions({
  value,
  choices,
  keepEmpty = false,
}: {
  value: string
  choices: readonly { id: string; label: string }[] | undefined
  /** An empty value is shown too, for a select that offers no empty choice of its own. */
  keepEmpty?: boolean
}) {
  return (
    <>
      {(value || keepEmpty) && !choices?.some((item) => item.id === value) ? (
        <option value={value}>{value}</option>
      ) : null}
      {(choices ?? []).map((item) => (
        <option key={item.id} value={item.id}>
          {item.label}
        </option>
      ))}
    </>
  )
}
