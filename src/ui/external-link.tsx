/**
 * A link out of the console (only when the URL is safe to follow), with the URL itself spelt
 * out below it, so the user sees where it leads before opening it.
 */
export function ExternalLink({
  href,
  url,
  label,
  newTab,
  rel = 'noopener noreferrer',
}: {
  /** `url` once checked (safe-url.ts); null: only the URL is shown. */
  href: string | null
  url: string
  label: string
  /** "opens in a new tab", for screen readers */
  newTab: string
  rel?: string
}) {
  return (
    <p>
      {href ? (
        <a className="fr-link" href={href} target="_blank" rel={rel}>
          {label} <span className="fr-sr-only">{newTab}</span>
        </a>
      ) : null}
      <br />
      <span className="fr-text--sm" style={{ overflowWrap: 'anywhere' }}>
        {url}
      </span>
    </p>
  )
}
