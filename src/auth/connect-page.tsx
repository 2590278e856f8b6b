import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { connectSrcLockedTo } from '@/auth/csp'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { ConnectForm, type FromLocation } from './connect-form'
import { deploymentConfigQuery } from './deployment-config'
import { instanceHost } from './instance-urls'
import { offeredInstances } from './instances'
import { authMessages } from './messages'
import { getSignOutReason } from '@/session/session'
import { useSession } from '@/session/use-session'

/** The page the guard sent us from (a deep link), if it is a page of the console. */
function fromLocation(state: unknown): FromLocation | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null
  const from = state.from
  if (typeof from !== 'object' || from === null) return null
  const { pathname, search, hash } = from as Record<string, unknown>
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname === '/connect')
    return null
  return {
    pathname,
    search: typeof search === 'string' ? search : '',
    hash: typeof hash === 'string' ? hash : '',
  }
}

export function ConnectPage() {
  const t = useMessages(authMessages)
  const language = useLanguage()
  usePageTitle(t.pageTitle)
  const location = useLocation()
  const session = useSession()
  const from = fromLocation(location.state)
  // Kept until the next connect, so it survives the reload that a production CSP change needs;
  // re-read on each render since sign-out happens while the shell is on screen.
  const signOutReason = getSignOutReason()
  const signOutNotices = {
    expired: { severity: 'warning', title: t.expiredNotice, description: t.expiredNoticeText },
    'signed-out': {
      severity: 'info',
      title: t.signedOutNotice,
      description: t.signedOutNoticeText,
    },
  } as const
  // Once connect-src is narrowed to one instance, config.json is out of reach, and so is every
  // instance it could name until the page reloads (sign-out does): the console's list stands in.
  const config = useQuery({ ...deploymentConfigQuery, enabled: !connectSrcLockedTo() })
  const configured = config.data?.kind === 'ok' ? config.data.instances : null
  const configProblem =
    config.data?.kind === 'invalid' ? config.data.where : (config.error?.message ?? null)

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>{t.title}</h1>
          <p>{t.intro}</p>

          {signOutReason ? (
            <Alert className="fr-mb-4w" as="h2" {...signOutNotices[signOutReason]} />
          ) : from ? (
            <Alert className="fr-mb-4w" severity="info" small description={t.deepLinkNotice} />
          ) : null}

          {session && !signOutReason ? (
            <p>
              {t.alreadyConnected(instanceHost(session.instance))}{' '}
              <Link to="/">{t.backToConsole}</Link>
            </p>
          ) : null}

          {configProblem ? (
            <Alert
              className="fr-mb-4w"
              severity="error"
              small
              description={t.configInvalid(configProblem)}
            />
          ) : null}

          {config.isFetching ? (
            <p role="status">{t.instancesLoading}</p>
          ) : (
            <ConnectForm instances={offeredInstances(configured, language)} from={from} />
          )}
        </div>
      </div>
    </div>
  )
}
