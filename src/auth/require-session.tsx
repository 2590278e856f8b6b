import { Navigate, Outlet, useLocation } from 'react-router'
import { ReconnectDialog } from './reconnect-dialog'
import { getSignOutReason } from '@/session/session'
import { useSession } from '@/session/use-session'

/**
 * Sends anyone without a key to /connect, remembering where they were going (a deep link),
 * except after a deliberate sign-out. A key that stops working does not leave the page: the
 * reconnect dialog opens over it.
 */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()
  if (!session) {
    const from = getSignOutReason() === 'signed-out' ? undefined : { from: location }
    return <Navigate to="/connect" replace state={from} />
  }
  return (
    <>
      <Outlet />
      <ReconnectDialog />
    </>
  )
}
