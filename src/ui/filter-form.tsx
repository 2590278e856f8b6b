import type { ReactNode } from 'react'

/** A list's filters: a form that never submits (each change applies at once), in a grid row. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form aria-label={label} onSubmit={(event) => event.preventDefault()} className="fr-mb-2w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">{children}</div>
    </form>
  )
}

/** A yes/no filter of such a form ("only the unreviewed ones"). */
export function CheckboxFilter({
  id,
  label,
  checked,
  onChange,
}: {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <div className="fr-checkbox-group fr-mb-0">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
    </div>
  )
}
