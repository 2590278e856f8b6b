import { Button } from '@codegouvfr/react-dsfr/Button'

type FilterChip = {
  key: string
  /** What the chip reads, e.g. "Licence : ODbL". */
  label: string
  /** Its button's accessible name, e.g. "Retirer le filtre Licence ODbL". */
  removeLabel: string
  onRemove: () => void
}

/** The filters in force as dismissible tags, and a button clearing them all; nothing if none. */
export function FilterChips({
  label,
  chips,
  clearLabel,
  onClear,
}: {
  label: string
  chips: readonly FilterChip[]
  clearLabel: string
  onClear: () => void
}) {
  if (chips.length === 0) return null
  return (
    <ul className="fr-tags-group" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            className="fr-tag fr-tag--dismiss"
            aria-label={chip.removeLabel}
            onClick={chip.onRemove}
          >
            {chip.label}
          </button>
        </li>
      ))}
      <li>
        <Button size="small" priority="tertiary" onClick={onClear}>
          {clearLabel}
        </Button>
      </li>
    </ul>
  )
}
