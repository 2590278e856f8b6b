import { useEffect } from 'react'

/** Each screen names itself in the tab title (and for screen readers on navigation). */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} — udata console`
  }, [title])
}
