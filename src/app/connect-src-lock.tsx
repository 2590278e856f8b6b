import { useSession } from '@/session/use-session'
import { lockConnectSrc } from '@/auth/csp'

/** Applies the CSP narrowing as soon as a session exists (at start-up or right after connect). */
export function ConnectSrcLock() {
  const session = useSession()
  if (session) lockConnectSrc(session.instance)
  return null
}
