import { useEffect, useRef } from 'react'

/** Moves focus to a panel's heading when it opens, so keyboard and screen-reader users follow. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return ref
}
