import type { License } from './types'

/**
 * A licence select's options: udata's list, preceded by the current value when the list lacks
 * it (an id udata no longer lists, or the list still loading), so the value never silently
 * changes to the first option. Shared by the dataset and API forms.
 */
export function LicenseOptions({
  value,
  licenses,
}: {
  value: string
  licenses: License[] | undefined
}) {
  return (
    <>
      {value && !licenses?.some((item) => item.id === value) ? (
        <option value={value}>{value}</option>
      ) : null}
      {(licenses ?? []).map((item) => (
        <option key={item.id} value={item.id}>
          {item.title}
        </option>
      ))}
    </>
  )
}
