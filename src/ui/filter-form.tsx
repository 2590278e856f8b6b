import type { ReactNode } from 'react'
import { ChoiceFilter } from './choice-filter'

/** A list's filters: a form that never submits (each change applies at once), in a grid row. */
function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form aria-label={label} onSubmit={(event) => event.preventDefault()} className="fr-mb-2w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">{children}</div>
    </form>
  )
}

/** A yes/no filter of such a form ("only the unreviewed ones"). */
function CheckboxFilter({
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

type Choices = readonly { id: string; label: string }[] | undefined

/** One select of `ReviewFilters`: narrows the list to one value of `key` ("all" first). */
type SelectFilter<Key extends string> = {
  key: Key
  label: string
  allLabel: string
  choices: Choices
  /** its grid column classes */
  column: string
}

/** A review inbox's filters: "only the unreviewed ones", then selects narrowing the list. */
export function ReviewFilters<Filters extends { unreviewed: boolean }>({
  label,
  unreviewed,
  filters,
  update,
  selects,
}: {
  label: string
  unreviewed: { id: string; label: string; column: string }
  filters: Filters
  update: (patch: Partial<Filters>) => void
  selects: readonly SelectFilter<keyof Filters & string>[]
}) {
  return (
    <FilterForm label={label}>
      <div className={unreviewed.column}>
        <CheckboxFilter
          id={unreviewed.id}
          label={unreviewed.label}
          checked={filters.unreviewed}
          onChange={(checked) => update({ unreviewed: checked } as Partial<Filters>)}
        />
      </div>
      {selects.map((select) => (
        <div key={select.key} className={select.column}>
          <ChoiceFilter
            label={select.label}
            allLabel={select.allLabel}
            value={String(filters[select.key])}
            choices={select.choices}
            onChange={(value) => update({ [select.key]: value } as Partial<Filters>)}
          />
        </div>
      ))}
    </FilterForm>
  )
}
