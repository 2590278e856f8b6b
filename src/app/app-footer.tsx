import { Link } from 'react-router'

/**
 * DSFR footer markup written out rather than react-dsfr's <Footer>: the same look for a few
 * lines, and 2.5 kB gzip less on every first screen (see e2e/budgets.spec.ts).
 */
export function AppFooter({
  description,
  homeTitle,
  accessibilityStatus,
}: {
  description: string
  homeTitle: string
  accessibilityStatus: string
}) {
  return (
    <footer className="fr-footer" id="footer">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link to="/" title={homeTitle}>
              <p className="fr-logo">
                République
                <br />
                Française
              </p>
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{description}</p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <span className="fr-footer__bottom-link">{accessibilityStatus}</span>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  )
}
