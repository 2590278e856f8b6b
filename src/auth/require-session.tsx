import { Navigate, Outlet, useLocation } from 'react-router'
import { useSession } from './session'

/** Sends anyone without a key to /connect, remembering where they were going. */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()
  if (!session) return <Navigate to="/connect" replace state={{ from: location }} />
  return <Outlet />
}
