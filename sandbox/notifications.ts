// udata's notification system (udata/features/notifications/*, 14.3.0+): one document per
// recipient user, `handled_at` null while unread or pending. Routes that create what a
// notification announces call `notify`; those that answer it call `handleNotifications`.
import type { Db } from './store.ts'
import type { NotificationDetailsDoc, NotificationDoc } from './types.ts'

/** One notification per recipient (duplicates in `userIds` are notified once). */
export function notify(db: Db, userIds: Iterable<string>, details: NotificationDetailsDoc): void {
  const now = db.tick()
  for (const user of new Set(userIds)) {
    db.state.notifications.unshift({
      id: db.newUuid(),
      created_at: now,
      last_modified: now,
      handled_at: null,
      user,
      details,
    })
  }
}

/** Mark as handled every pending notification that `match` selects (udata does it on answer). */
export function handleNotifications(db: Db, match: (notification: NotificationDoc) => boolean) {
  let now: string | null = null
  for (const notification of db.state.notifications) {
    if (notification.handled_at === null && match(notification)) {
      now ??= db.tick()
      notification.handled_at = now
      notification.last_modified = now
    }
  }
}

/** The admins of an organization: who hears of membership requests and transfers to it. */
export function organizationAdmins(db: Db, orgId: string): string[] {
  const org = db.orgsById.get(orgId)
  return org ? org.members.filter((m) => m.role === 'admin').map((m) => m.user) : []
}
