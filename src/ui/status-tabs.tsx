import { useMessages } from '@/i18n/messages'
import { uiMessages } from './messages'

type StatusTab<Id extends string> = {
  id: Id
  label: string
  /** Shown beside the label once known. */
  count?: number
}

/** A list's status tabs as pressed/unpressed tags, each with its count (DSFR tags group). */
export function StatusTabs<Id extends string>({
  label,
  tabs,
  active,
  onChange,
  className,
}: {
  /** The group's accessible name. */
  label: string
  tabs: readonly StatusTab<Id>[]
  active: Id
  onChange: (id: Id) => void
  className?: string
}) {
  const t = useMessages(uiMessages)
  return (
    <nav aria-label={label} className={className}>
      <ul className="fr-tags-group">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <button
              type="button"
              className="fr-tag"
              aria-pressed={tab.id === active}
              onClick={() => onChange(tab.id)}
            >
              {t.withCount(tab.label, tab.count)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
