import type { ReactNode } from 'react'

/**
 * The checkboxes of a fieldset that ticks objects by id (contact points…). The ids stay sorted,
 * so that ticking the same ones in another order is no change to save.
 */
export function IdCheckboxes<T extends { id: string }>({
  idPrefix,
  items,
  value,
  onChange,
  empty,
  label,
  after,
}: {
  /** each checkbox's id is `${idPrefix}-${item.id}` */
  idPrefix: string
  items: readonly T[]
  value: readonly string[]
  onChange: (ids: string[]) => void
  /** said when there is nothing to tick; null while the items are still loading */
  empty: string | null
  label: (item: T) => ReactNode
  /** beside an item's checkbox (an edit button…) */
  after?: (item: T) => ReactNode
}) {
  return (
    <>
      {items.length === 0 && empty !== null ? (
        <p className="fr-fieldset__element fr-hint-text">{empty}</p>
      ) : null}
      {items.map((item) => (
        <div key={item.id} className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input
              type="checkbox"
              id={`${idPrefix}-${item.id}`}
              value={item.id}
              checked={value.includes(item.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, item.id].sort()
                    : value.filter((other) => other !== item.id),
                )
              }
            />
            <label className="fr-label" htmlFor={`${idPrefix}-${item.id}`}>
              {label(item)}
            </label>
          </div>
          {after?.(item)}
        </div>
      ))}
    </>
  )
}
