import { useSyncExternalStore } from 'react'

/** App-wide notices (a failed background refetch, a finished job), shown by <NoticeArea>. */
export type Notice = {
  id: number
  kind: 'refetch-failed' | 'success' | 'error' | 'info'
  message: string
}

let notices: Notice[] = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

export function notify(notice: Omit<Notice, 'id'>) {
  // The same message twice in a row is one notice, not a stack of them.
  if (notices.some((n) => n.kind === notice.kind && n.message === notice.message)) return
  notices = [...notices, { ...notice, id: nextId++ }]
  emit()
}

export function dismissNotice(id: number) {
  notices = notices.filter((notice) => notice.id !== id)
  emit()
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
