import { lazy, Suspense } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { useSessionExpired } from '@/api/session-expiry'
import { getSignOutReason } from '@/session/session'
import { useSession } from '@/session/use-session'

// Loaded when a key is first refused: its form, key input and messages are not on the first
// screen's path (5 kB gzip less before the first rows).
const ReconnectDialog = lazy(async () => ({
  default: (await import('./reconnect-dialog')).ReconnectDialog,
}))

/**
 * Sends anyone without a key to /connect, remembering where they were going (a deep link),
 * except after a deliberate sign-out. A key that stops working does not leave the page: the
 * reconnect dialog opens over it.
 */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()
  const expired = useSessionExpired()
  if (!session) {
    const from = getSignOutReason() === 'signed-out' ? undefined : { from: location }
    return <Navigate to="/connect" replace state={from} />
  }
  return (
    <>
      <Outlet />
      {expired ? (
        <Suspense fallback={null}>
          <ReconnectDialog />
        </Suspense>
      ) : null}
    </>
  )
}
