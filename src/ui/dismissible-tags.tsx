/** Chosen values as DSFR tags, each removed by its own button; a hint when there are none. */
export function DismissibleTags({
  label,
  items,
  empty,
  removeLabel,
  onRemove,
}: {
  /** The list's accessible name. */
  label: string
  items: readonly { key: string; label: string }[]
  empty: string
  removeLabel: (label: string) => string
  onRemove: (key: string) => void
}) {
  if (items.length === 0) return <p className="fr-hint-text fr-mt-1w">{empty}</p>
  return (
    <ul className="fr-tags-group fr-mt-1w" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <button
            type="button"
            className="fr-tag fr-tag--sm fr-tag--dismiss"
            aria-label={removeLabel(item.label)}
            onClick={() => onRemove(item.key)}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  )
}
