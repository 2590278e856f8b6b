// Seeded notifications: what udata would have sent the big organization's members for the
// newest seeded discussions, and a badge. Its own random stream, so adding it moved no other
// seeded object.
import type { DiscussionDoc, NotificationDoc, OrgDoc } from '../types.ts'
import { createRng, deriveSeed, isoDate, uuid } from '../util.ts'

const DAY = 86_400_000

export function seedNotifications(
  seed: number,
  now: number,
  org: OrgDoc,
  discussions: readonly DiscussionDoc[],
): NotificationDoc[] {
  const rng = createRng(deriveSeed(seed, 'notifications'))
  const members = org.members.map((m) => m.user)
  const notifications: NotificationDoc[] = []
  const add = (
    user: string,
    created: string,
    handled: boolean,
    details: NotificationDoc['details'],
  ) =>
    notifications.push({
      id: uuid(rng),
      created_at: created,
      last_modified: created,
      handled_at: handled ? created : null,
      user,
      details,
    })
  const newest = [...discussions]
    .filter((d) => d.subject.class === 'Dataset')
    .sort((a, b) => b.created.localeCompare(a.created))
    .slice(0, 8)
  newest.forEach((d, i) => {
    const last = d.messages.at(-1)
    for (const user of members) {
      if (d.messages.some((m) => m.posted_by === user)) continue
      add(user, last?.posted_on ?? d.created, i >= 5, {
        class: 'DiscussionNotificationDetails',
        status: d.messages.length > 1 ? 'new_comment' : 'new_discussion',
        message_id: last?.id ?? null,
        discussion: d.id,
      })
    }
  })
  const badge = org.badges[0]
  if (badge) {
    for (const user of members)
      add(user, isoDate(now - 30 * DAY), true, {
        class: 'NewBadgeNotificationDetails',
        organization: org.id,
        kind: badge,
      })
  }
  return notifications.sort((a, b) => b.created_at.localeCompare(a.created_at))
}
