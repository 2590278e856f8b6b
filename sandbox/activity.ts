// Every write records an activity (udata/core/activity): actor, organization, related object,
// key and the names of the changed fields.
import type { Ctx } from './context.ts'
import type { ActivityDoc, UserDoc } from './types.ts'

type Subject = {
  kind: ActivityDoc['related_to_kind']
  id: string
  title: string
  organization: string | null
}

/** A dataset or a reuse as the subject of an activity. */
export function subjectOf(
  kind: 'Dataset' | 'Reuse',
  doc: { id: string; title: string; organization: string | null },
): Subject {
  return { kind, id: doc.id, title: doc.title, organization: doc.organization }
}

export function recordActivity(
  ctx: Ctx,
  actor: UserDoc,
  subject: Subject,
  key: string,
  changes: string[] = [],
  extras: Record<string, unknown> = {},
): void {
  ctx.db.state.activities.unshift({
    id: ctx.db.newObjectId(),
    actor: actor.id,
    organization: subject.organization,
    related_to_id: subject.id,
    related_to_kind: subject.kind,
    related_to: subject.title,
    key,
    changes,
    extras,
    created_at: ctx.db.tick(),
  })
}

/** Names of top-level keys whose JSON value differs between two snapshots. */
export function changedKeys(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  keys: readonly string[],
): string[] {
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
}
