import type { ReactNode } from 'react'

/** A page section named by its h2 (`id` ties them for assistive technologies). */
export function TitledSection({
  id,
  title,
  className,
  children,
}: {
  id: string
  title: ReactNode
  className?: string
  children: ReactNode
}) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      {children}
    </section>
  )
}
