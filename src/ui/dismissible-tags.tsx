import type { ReactNode } from 'react'

type DismissTag = {
  key: string
  /** What the tag reads. */
  label: string
  /** Its button's accessible name, e.g. "Retirer le filtre Licence ODbL". */
  removeLabel: string
  onRemove: () => void
}

/** DSFR dismissible tags, each removed by its own button; `children`, one last item after them. */
export function DismissTagList({
  label,
  tags,
  small = false,
  className,
  children,
}: {
  /** The list's accessible name. */
  label?: string
  tags: readonly DismissTag[]
  small?: boolean
  className?: string
  children?: ReactNode
}) {
  return (
    <ul className={className ? `fr-tags-group ${className}` : 'fr-tags-group'} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.key}>
          <button
            type="button"
            className={small ? 'fr-tag fr-tag--sm fr-tag--dismiss' : 'fr-tag fr-tag--dismiss'}
            aria-label={tag.removeLabel}
            onClick={tag.onRemove}
          >
            {tag.label}
          </button>
        </li>
      ))}
      {children}
    </ul>
  )
}

/** Chosen values as small dismissible tags; a hint when there are none. */
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
    <DismissTagList
      label={label}
      small
      className="fr-mt-1w"
      tags={items.map((item) => ({
        ...item,
        removeLabel: removeLabel(item.label),
        onRemove: () => onRemove(item.key),
      }))}
    />
  )
}
