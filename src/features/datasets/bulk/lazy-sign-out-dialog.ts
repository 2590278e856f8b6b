import { lazy } from 'react'

/** The sign-out question, loaded the first time it is needed (see use-sign-out-guard.tsx). */
export const SignOutDialog = lazy(() => import('./sign-out-dialog'))
