import { ListOptions } from '@/ui/list-options'
import type { License } from './types'

/**
 * A licence select's options: udata's list, preceded by the current value when the list lacks
 * it. Shared by the dataset and API forms.
 */
export function LicenseOptions({
  value,
  licenses,
}: {
  value: string
  licenses: License[] | undefined
}) {
  return (
    <ListOptions
      value={value}
      choices={licenses?.map((license) => ({ id: license.id, label: license.title }))}
    />
  )
}
