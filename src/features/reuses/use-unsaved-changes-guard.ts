import { useCallback, useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'

/**
 * Holds navigation while a form has unsaved changes: in-app links through the router's blocker
 * (the caller shows the confirmation), reloads and tab closes through the browser's own prompt.
 * `release()` lets the next navigation through (e.g. to the page of a reuse just created),
 * since the form's "dirty" state only clears on the next render.
 */
export function useUnsavedChangesGuard(isDirty: boolean) {
  const released = useRef(false)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    released.current = false
    if (!isDirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [isDirty])
  const release = useCallback(() => {
    released.current = true
  }, [])
  return { blocker, release }
}
