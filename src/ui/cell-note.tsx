/** A smaller second line under a table cell's main text (an email under a name); none if empty. */
export function CellNote({ children }: { children: string | null | undefined }) {
  if (!children) return null
  return (
    <>
      <br />
      <span className="fr-text--sm">{children}</span>
    </>
  )
}
