// Partial editors' assignments (udata/core/organization/assignment.py): which objects of the
// organization a partial editor may edit, how a `[{class, id}]` payload is resolved, and the
// Assignment document as the API serves it.
import type { Ctx } from './context.ts'
import { HttpError, json } from './http.ts'
import type { Db } from './store.ts'
import type { AssignmentDoc, OrgDoc } from './types.ts'
import { createRng, deriveSeed, isRecord, objectId, parseDate } from './util.ts'
import { orgRef, userRef } from './serialize.ts'

/** The classes udata accepts, in its own order. */
const SUBJECT_CLASSES = ['Dataset', 'Dataservice', 'Reuse'] as const
type SubjectClass = (typeof SUBJECT_CLASSES)[number]

type Subject = {
  class: AssignmentDoc['class']
  id: string
  title: string
  slug: string
  organization: string | null
  path: 'datasets' | 'reuses' | 'dataservices'
}

/** Each class's folder in udata's API and web paths. */
const SUBJECT_PATHS: Record<SubjectClass, Subject['path']> = {
  Dataset: 'datasets',
  Reuse: 'reuses',
  Dataservice: 'dataservices',
}

/** The one place that maps an assignment class to the sandbox's objects. */
function lookupSubject(db: Db, cls: SubjectClass, id: string): Subject | null {
  const doc = db.subjectDoc(cls, id)
  return doc
    ? {
        class: cls,
        id,
        title: doc.title,
        slug: doc.slug,
        organization: doc.organization,
        path: SUBJECT_PATHS[cls],
      }
    : null
}

/** FVE on `assignments` (udata: `FieldValidationError(field="assignments")`). */
export function assignmentsError(message: string): HttpError {
  return new HttpError(json({ errors: { assignments: message }, message }, 400))
}

/**
 * `resolve_assignment_subjects`: a list of `{class, id}` objects of the organization, each
 * found (soft-deleted ones count: they stay assignable). Throws udata's FVE otherwise.
 */
export function resolveAssignments(db: Db, org: OrgDoc, payload: unknown): Subject[] {
  if (!Array.isArray(payload)) throw assignmentsError('Expected a list of {class, id} objects')
  const subjects: Subject[] = []
  for (const item of payload) {
    if (!isRecord(item) || typeof item.class !== 'string' || typeof item.id !== 'string')
      throw assignmentsError('Expected a list of {class, id} objects')
    const cls = SUBJECT_CLASSES.find((c) => c === item.class)
    if (!cls) throw assignmentsError(`Invalid object class '${item.class}'`)
    const subject = lookupSubject(db, cls, item.id)
    if (!subject) throw assignmentsError(`${cls} '${item.id}' not found`)
    if (subject.organization !== org.id)
      throw assignmentsError(`${cls} '${item.id}' does not belong to this organization`)
    if (!subjects.some((s) => s.class === subject.class && s.id === subject.id))
      subjects.push(subject)
  }
  return subjects
}

/** Replace one user's assignments in an organization (udata diffs: keeps those still listed). */
export function setAssignments(
  db: Db,
  orgId: string,
  userId: string,
  subjects: readonly { class: AssignmentDoc['class']; id: string }[],
): void {
  const mine = (a: AssignmentDoc) => a.organization === orgId && a.user === userId
  const kept = db.state.assignments.filter(
    (a) => mine(a) && subjects.some((s) => s.class === a.class && s.id === a.id),
  )
  const now = db.tick()
  const added = subjects
    .filter((s) => !kept.some((a) => a.class === s.class && a.id === s.id))
    .map((s) => ({
      organization: orgId,
      user: userId,
      class: s.class,
      id: s.id,
      assignment_id: db.newObjectId(),
      created_at: now,
    }))
  db.state.assignments = db.state.assignments.filter((a) => !mine(a)).concat(kept, added)
}

/** Leaving `partial_editor` and removal wipe every assignment of that user in the org. */
export function wipeAssignments(db: Db, orgId: string, userId: string): void {
  db.state.assignments = db.state.assignments.filter(
    (a) => !(a.organization === orgId && a.user === userId),
  )
}

/** What an accepted invitation assigns: its subjects that still exist in the org (others skipped). */
export function stillAssignable(
  db: Db,
  org: OrgDoc,
  items: readonly { class: string; id: string }[],
) {
  return items.flatMap((item) => {
    const cls = SUBJECT_CLASSES.find((c) => c === item.class)
    const subject = cls ? lookupSubject(db, cls, item.id) : null
    return subject && subject.organization === org.id ? [subject] : []
  })
}

/** udata's Assignment document: `{id, user, organization, subject, created_at}`. */
export function assignment(ctx: Ctx, a: AssignmentDoc) {
  const db = ctx.db
  const org = db.orgsById.get(a.organization)
  const subject = lookupSubject(db, a.class, a.id)
  // Seeded assignments carry no id or date of their own: both derived, stable across reads.
  const since = org?.members.find((m) => m.user === a.user)?.since ?? org?.created_at ?? ''
  const createdMs = parseDate(since) ?? 0
  return {
    created_at: a.created_at ?? since,
    id:
      a.assignment_id ??
      objectId(createRng(deriveSeed(db.state.seed, `assignment-${a.user}-${a.id}`)), createdMs),
    organization: orgRef(ctx, org),
    subject: subject
      ? {
          class: a.class,
          id: a.id,
          page: `${ctx.origin}/fr/${subject.path}/${subject.slug}/`,
          title: subject.title,
          uri: `${ctx.origin}/api/1/${subject.path}/${subject.slug}/`,
        }
      : { class: a.class, id: a.id },
    user: userRef(ctx, db.usersById.get(a.user)),
  }
}
