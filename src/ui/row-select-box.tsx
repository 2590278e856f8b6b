import './data-table.css'

/**
 * A table's selection box (a row's, or the header's "whole page"): DSFR's small checkbox, named
 * for screen readers only. `indeterminate` marks a page partly selected.
 */
export function RowSelectBox({
  id,
  label,
  checked,
  onChange,
  indeterminate = false,
  disabled,
}: {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  indeterminate?: boolean
  disabled?: boolean
}) {
  return (
    <div className="fr-checkbox-group fr-checkbox-group--sm row-select-box">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        ref={(input) => {
          if (input) input.indeterminate = indeterminate
        }}
        onChange={(event) => onChange(event.target.checked)}
        disabled={disabled}
      />
      <label className="fr-label" htmlFor={id}>
        <span className="fr-sr-only">{label}</span>
      </label>
    </div>
  )
}
