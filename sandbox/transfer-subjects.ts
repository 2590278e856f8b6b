// What can be transferred (udata: Dataset, Reuse, Dataservice) and how each is found, shown
// and moved to its new owner. One entry per class, so adding a class is one line here.
import type { Ctx } from './context.ts'
import { touchDataset } from './dataset-dates.ts'
import { orgRef, userRef } from './serialize.ts'
import type { Db } from './store.ts'
import type { TransferDoc, TransferParty } from './types.ts'

export type TransferSubjectClass = TransferDoc['subject']['class']

type Transferable = {
  id: string
  title: string
  slug: string
  organization: string | null
  owner: string | null
}

type SubjectKind = {
  find: (db: Db, id: string) => Transferable | undefined
  /** the object's folder in its API and web paths, as its udata ref links them */
  path: string
  /** dates that an owner change bumps (udata saves the object) */
  touch: (db: Db, id: string, now: string) => void
}

function subjectKind<T extends Transferable>(
  index: (db: Db) => ReadonlyMap<string, T>,
  path: string,
  touch: (doc: T, now: string) => void,
): SubjectKind {
  return {
    find: (db, id) => index(db).get(id),
    path,
    touch: (db, id, now) => {
      const doc = index(db).get(id)
      if (doc) touch(doc, now)
    },
  }
}

const SUBJECTS: Record<TransferSubjectClass, SubjectKind> = {
  Dataset: subjectKind((db) => db.datasetsById, 'datasets', touchDataset),
  Reuse: subjectKind(
    (db) => db.reusesById,
    'reuses',
    (reuse, now) => {
      reuse.last_modified = now
    },
  ),
  Dataservice: subjectKind(
    (db) => db.dataservicesById,
    'dataservices',
    (api, now) => {
      api.metadata_modified_at = now
    },
  ),
}

export function isTransferSubjectClass(value: unknown): value is TransferSubjectClass {
  return typeof value === 'string' && Object.hasOwn(SUBJECTS, value)
}

export function findTransferSubject(
  db: Db,
  subject: TransferDoc['subject'],
): Transferable | undefined {
  return SUBJECTS[subject.class].find(db, subject.id)
}

/** The subject's current owner: its organization, else its owner user. */
export function ownerOf(doc: Transferable): TransferParty | null {
  if (doc.organization) return { class: 'Organization', id: doc.organization }
  if (doc.owner) return { class: 'User', id: doc.owner }
  return null
}

/** The owner or recipient as udata refers to it (an org or user ref, with its `class`). */
export function partyRef(ctx: Ctx, party: TransferParty) {
  return party.class === 'Organization'
    ? orgRef(ctx, ctx.db.orgsById.get(party.id))
    : userRef(ctx, ctx.db.usersById.get(party.id))
}

/** udata's reference to the subject ({class, id, title, slug, uri, page}). */
export function subjectRef(ctx: Ctx, subject: TransferDoc['subject']) {
  const kind = SUBJECTS[subject.class]
  const doc = kind.find(ctx.db, subject.id)
  if (!doc) return null
  return {
    class: subject.class,
    id: doc.id,
    title: doc.title,
    slug: doc.slug,
    uri: `${ctx.origin}/api/1/${kind.path}/${doc.slug}/`,
    page: `${ctx.origin}/fr/${kind.path}/${doc.slug}/`,
  }
}

/**
 * Accepting moves the subject to the recipient (organization, or user with no organization) and,
 * as `Owned.on_owner_change` does, drops every partial-editor assignment on it.
 */
export function moveSubject(db: Db, subject: TransferDoc['subject'], to: TransferParty): void {
  const kind = SUBJECTS[subject.class]
  const doc = kind.find(db, subject.id)
  if (!doc) return
  doc.organization = to.class === 'Organization' ? to.id : null
  doc.owner = to.class === 'User' ? to.id : null
  kind.touch(db, doc.id, db.tick())
  db.state.assignments = db.state.assignments.filter(
    (a) => !(a.class === subject.class && a.id === subject.id),
  )
}
