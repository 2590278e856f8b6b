import { useSyncExternalStore } from 'react'

/**
 * Notices (a save confirmed, a failed background refetch), shown by <NoticeArea> on the page that
 * raised them only: `scope` is the path it was on, and leaving that path drops them.
 */
export type Notice = {
  id: number
  kind: 'refetch-failed' | 'success' | 'error' | 'info'
  message: string
  scope: string
}

/** Long enough to read a short confirmation; errors stay until dismissed or left behind. */
export const successNoticeMs = 5_000

let notices: Notice[] = []
let nextId = 1
const timers = new Map<number, ReturnType<typeof setTimeout>>()
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

function remove(keep: (notice: Notice) => boolean) {
  const kept = notices.filter(keep)
  if (kept.length === notices.length) return
  for (const notice of notices)
    if (!kept.includes(notice)) {
      clearTimeout(timers.get(notice.id))
      timers.delete(notice.id)
    }
  notices = kept
  emit()
}

/**
 * Raises a notice on the current page (`notifyAfter` for one about the next page).
 * The same message again replaces the old notice with a fresh one, so a second save is confirmed
 * (and announced) anew instead of stacking or silently matching the first.
 */
export function notify(notice: Omit<Notice, 'id' | 'scope'>): number {
  remove((n) => n.kind !== notice.kind || n.message !== notice.message)
  const id = nextId++
  notices = [...notices, { ...notice, id, scope: window.location.pathname }]
  if (notice.kind === 'success')
    timers.set(
      id,
      setTimeout(() => dismissNotice(id), successNoticeMs),
    )
  emit()
  return id
}

/** Raises a notice about the page a navigation leads to, once the navigation has happened. */
export function notifyAfter(
  navigation: void | Promise<void>,
  notice: Omit<Notice, 'id' | 'scope'>,
) {
  void Promise.resolve(navigation).then(() => notify(notice))
}

export function dismissNotice(id: number) {
  remove((notice) => notice.id !== id)
}

/** Drops the notices of pages the user has left. */
export function leaveNoticesOutside(scope: string) {
  remove((notice) => notice.scope === scope)
}

export function useNotices(): Notice[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => notices,
    () => notices,
  )
}
