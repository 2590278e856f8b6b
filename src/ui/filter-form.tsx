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

/** One more select of `ReviewFilters`: narrows the list to one value of `key` ("all" first). */
type SelectFilter<Key extends string> = {
  key: Key
  label: string
  allLabel: string
  choices: Choices
}

export type ReviewFilterValues = { unreviewed: boolean; dataset: string }

export type ReviewFiltersProps<Filters extends ReviewFilterValues> = {
  /** prefixes the checkbox's id */
  id: string
  labels: { filter: string; onlyUnreviewed: string; dataset: string; allDatasets: string }
  datasets: readonly { id: string; title: string }[]
  filters: Filters
  update: (patch: Partial<Filters>) => void
  selects?: readonly SelectFilter<keyof Filters & string>[]
}

/**
 * A review inbox's filters: "only the unreviewed ones", the dataset, then any other select.
 * Alone, the box and the dataset take 4 and 6 columns of 12; with more selects, each a quarter.
 */
export function ReviewFilters<Filters extends ReviewFilterValues>({
  id,
  labels,
  datasets,
  filters,
  update,
  selects = [],
}: ReviewFiltersProps<Filters>) {
  const quarters = selects.length > 0
  const all: readonly SelectFilter<keyof Filters & string>[] = [
    {
      key: 'dataset',
      label: labels.dataset,
      allLabel: labels.allDatasets,
      choices: datasets.map((dataset) => ({ id: dataset.id, label: dataset.title })),
    },
    ...selects,
  ]
  return (
    <FilterForm label={labels.filter}>
      <div className={quarters ? 'fr-col-12 fr-col-md-3' : 'fr-col-12 fr-col-md-4'}>
        <CheckboxFilter
          id={`${id}-unreviewed`}
          label={labels.onlyUnreviewed}
          checked={filters.unreviewed}
          onChange={(checked) => update({ unreviewed: checked } as Partial<Filters>)}
        />
      </div>
      {all.map((select, index) => (
        <div
          key={select.key}
          className={
            !quarters
              ? 'fr-col-12 fr-col-md-6'
              : index === 0
                ? 'fr-col-12 fr-col-md-3'
                : 'fr-col-6 fr-col-md-3'
          }
        >
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
