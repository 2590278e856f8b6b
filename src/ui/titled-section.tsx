import type { ReactNode } from 'react'

/** A page part named by its own heading (`aria-labelledby`), as landmarks and screen readers list it. */
export function TitledSection({
  id,
  title,
  className,
  headingClassName = 'fr-h4',
  children,
}: {
  /** The heading's id, unique in the page. */
  id: string
  title: ReactNode
  className?: string
  /** `fr-h4` unless the page says otherwise */
  headingClassName?: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  )
}
