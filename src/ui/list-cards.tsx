import type { ReactNode } from 'react'
import { Link } from 'react-router'

type Card = {
  title: string
  href: string
  /** the line under the title: who, what, when */
  meta: ReactNode
  /** what follows: badges, actions */
  extra: ReactNode
}

/**
 * A tab's section listing things as cards (a linked title, a line about it, then its badges or
 * actions): its heading, then the count and the cards, or a line saying there are none.
 */
export function ListCards<Item extends { id: string }>({
  id,
  title,
  items,
  none,
  count,
  card,
  after,
}: {
  /** the heading's id, naming the section */
  id: string
  title: string
  items: readonly Item[]
  none: string
  count: string
  card: (item: Item) => Card
  /** below the cards (pagination) */
  after?: ReactNode
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      {items.length === 0 ? (
        <p>{none}</p>
      ) : (
        <>
          <p>{count}</p>
          <ul className="fr-raw-list">
            {items.map((item) => {
              const { title, href, meta, extra } = card(item)
              return (
                <li
                  key={item.id}
                  className="fr-py-2w"
                  style={{ borderBottom: '1px solid var(--border-default-grey)' }}
                >
                  <p className="fr-text--lg fr-text--bold fr-mb-1v">
                    <Link to={href}>{title}</Link>
                  </p>
                  <p className="fr-text--sm fr-mb-1v">{meta}</p>
                  {extra}
                </li>
              )
            })}
          </ul>
          {after}
        </>
      )}
    </section>
  )
}
