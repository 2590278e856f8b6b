import { Navigate, Outlet, useLocation } from 'react-router'
import { getSignOutReason, useSession } from './session'

/**
 * Sends anyone without a key to /connect, remembering where they were going (a deep link, or
 * the page where the key expired), except after a deliberate sign-out.
 */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()
  if (!session) {
    const from = getSignOutReason() === 'signed-out' ? undefined : { from: location }
    return <Navigate to="/connect" replace state={from} />
  }
  return <Outlet />
}
