import { useCallback, useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'

/**
 * Asks the browser to confirm a reload or tab close while `active` (unsaved edits, a running job,
 * uploads in flight). Browsers show their own wording; `message` only reaches old ones.
 */
export function useBeforeUnloadGuard(active: boolean, message?: string) {
  useEffect(() => {
    if (!active) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      if (message) event.returnValue = message
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [active, message])
}

/**
 * Holds navigation while a form has unsaved changes: in-app links through the router's blocker
 * (the caller shows the confirmation), reloads and tab closes through the browser's own prompt.
 * Changing only the query string (a tab, a filter) stays on the form, so it is not held.
 * `release()` lets navigation through while a save is under way or just done (e.g. to the page
 * of a dataset just created), since the form's "dirty" state only clears on a later render;
 * `hold()` takes that back when the save fails.
 */
export function useUnsavedChangesGuard(isDirty: boolean) {
  const released = useRef(false)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    released.current = false
  }, [isDirty])
  useBeforeUnloadGuard(isDirty)
  const release = useCallback(() => {
    released.current = true
  }, [])
  const hold = useCallback(() => {
    released.current = false
  }, [])
  return { blocker, release, hold }
}
