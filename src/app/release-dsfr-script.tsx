import { useIsFetching } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useNavigation } from 'react-router'
import { releaseDsfrScript } from './dsfr-script-gate'

/**
 * Lets DSFR's script load (see dsfr-script-gate.ts) once the screen is shown: no navigation
 * pending, no query in flight, and the frame with what was rendered painted. Effects run after
 * React has committed, so the first rows are in the DOM by then.
 */
export function ReleaseDsfrScriptWhenShown() {
  const fetching = useIsFetching()
  const navigation = useNavigation()
  const shown = fetching === 0 && navigation.state === 'idle'
  useEffect(() => {
    if (!shown) return
    // The first frame paints what was committed; the second starts after that paint.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(releaseDsfrScript)
    })
    return () => cancelAnimationFrame(frame)
  }, [shown])
  return null
}
