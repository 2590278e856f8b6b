import { Button } from '@codegouvfr/react-dsfr/Button'
import type { ComponentProps } from 'react'
import { DismissTagList } from './dismissible-tags'

/** The filters in force as dismissible tags, and a button clearing them all; nothing if none. */
export function FilterChips({
  label,
  chips,
  clearLabel,
  onClear,
}: {
  label: string
  /** Each reads e.g. "Licence : ODbL", its button named e.g. "Retirer le filtre Licence ODbL". */
  chips: ComponentProps<typeof DismissTagList>['tags']
  clearLabel: string
  onClear: () => void
}) {
  if (chips.length === 0) return null
  return (
    <DismissTagList label={label} tags={chips}>
      <li>
        <Button size="small" priority="tertiary" onClick={onClear}>
          {clearLabel}
        </Button>
      </li>
    </DismissTagList>
  )
}
