// Who may see / edit what (udata/core/*/permissions.py), roles admin, editor, partial_editor.
import { isSysadmin } from './auth.ts'
import { plain, notFound, forbidden } from './http.ts'
import type { Db } from './store.ts'
import type {
  AssignmentDoc,
  CommunityResourceDoc,
  DataserviceDoc,
  DatasetDoc,
  HarvestSourceDoc,
  OrgDoc,
  ReuseDoc,
  UserDoc,
} from './types.ts'

type Owned = { organization: string | null; owner: string | null }

/** Any member (any role) or the owner sees private / archived / deleted objects. */
export function isOwnerSide(db: Db, user: UserDoc | null, obj: Owned): boolean {
  if (!user) return false
  if (isSysadmin(user)) return true
  if (obj.owner && obj.owner === user.id) return true
  return db.memberRole(obj.organization, user.id) !== null
}

/** `isOwnerSide` for every item of a list: the caller's organizations are looked up once. */
export function ownerSideFor(db: Db, user: UserDoc | null): (obj: Owned) => boolean {
  if (!user) return () => false
  if (isSysadmin(user)) return () => true
  const memberOf = new Set(db.userOrgIds(user.id))
  return (obj) =>
    obj.owner === user.id || (obj.organization !== null && memberOf.has(obj.organization))
}

/**
 * Who owns an object created through the api-fields forms (reuses, dataservices): the chosen
 * organization if the caller is one of its members or a sysadmin, else the caller, who may name
 * no other owner. A refusal comes as the field and udata's message.
 */
export function ownerAtCreation(
  db: Db,
  user: UserDoc | null,
  orgInput: string | null,
  ownerInput: string | null,
): Owned | { field: 'organization' | 'owner'; error: string } {
  if (orgInput) {
    if (
      !db.orgsById.has(orgInput) ||
      (user && db.memberRole(orgInput, user.id) === null && !isSysadmin(user))
    )
      return { field: 'organization', error: 'Permission denied for this organization' }
    return { organization: orgInput, owner: null }
  }
  if (ownerInput && ownerInput !== user?.id)
    return { field: 'owner', error: 'You can only set yourself as owner' }
  return { organization: null, owner: user?.id ?? null }
}

export function canEdit(
  db: Db,
  user: UserDoc | null,
  obj: Owned & { id: string },
  cls: AssignmentDoc['class'],
): boolean {
  if (!user) return false
  if (isSysadmin(user)) return true
  if (obj.owner && obj.owner === user.id) return true
  const role = db.memberRole(obj.organization, user.id)
  if (role === 'admin' || role === 'editor') return true
  return (
    role === 'partial_editor' && obj.organization !== null && db.isAssigned(user.id, cls, obj.id)
  )
}

export function datasetPermissions(db: Db, user: UserDoc | null, ds: DatasetDoc) {
  const edit = canEdit(db, user, ds, 'Dataset')
  return { delete: edit, edit, edit_resources: edit }
}

export function reusePermissions(db: Db, user: UserDoc | null, reuse: ReuseDoc) {
  const edit = canEdit(db, user, reuse, 'Reuse')
  return { delete: edit, edit }
}

export function dataservicePermissions(db: Db, user: UserDoc | null, ds: DataserviceDoc) {
  const edit = canEdit(db, user, ds, 'Dataservice')
  return { delete: edit, edit }
}

export function orgPermissions(db: Db, user: UserDoc | null, org: OrgDoc) {
  const role = user ? db.memberRole(org.id, user.id) : null
  const sys = isSysadmin(user)
  const admin = sys || role === 'admin'
  return {
    delete: admin,
    edit: admin,
    harvest: admin,
    members: admin,
    private: sys || role !== null,
  }
}

/** Private → 404 for outsiders, deleted → 410 (udata returns 404 rather than 403 to hide drafts). */
export function assertReadable(
  db: Db,
  user: UserDoc | null,
  obj: Owned & { private: boolean; deleted: string | null },
  deletedMessage: string,
): void {
  if (isOwnerSide(db, user, obj)) return
  if (obj.private) throw notFound()
  if (obj.deleted) throw plain(410, deletedMessage)
}

export function assertEditable(
  db: Db,
  user: UserDoc,
  obj: Owned & { id: string },
  cls: AssignmentDoc['class'],
): void {
  if (!canEdit(db, user, obj, cls)) throw forbidden()
}

/**
 * A community resource belongs to its publisher (OwnablePermission of the CR itself): the
 * dataset's organization may not edit or delete it.
 */
export function communityResourcePermissions(
  db: Db,
  user: UserDoc | null,
  cr: CommunityResourceDoc,
) {
  const role = user ? db.memberRole(cr.organization, user.id) : null
  const edit =
    user !== null &&
    (isSysadmin(user) ||
      (cr.owner !== null && cr.owner === user.id) ||
      role === 'admin' ||
      role === 'editor')
  return { delete: edit, edit }
}

/**
 * udata/harvest/permissions.py: edit/delete/run for the owning organization's admins (or the
 * owner), preview for its admins and editors, validate/schedule for sysadmins only.
 */
export function harvestSourcePermissions(db: Db, user: UserDoc | null, source: HarvestSourceDoc) {
  const sys = isSysadmin(user)
  const own = user !== null && source.owner !== null && source.owner === user.id
  const role = user ? db.memberRole(source.organization, user.id) : null
  const admin = sys || own || role === 'admin'
  return {
    delete: admin,
    edit: admin,
    preview: admin || role === 'editor',
    run: admin,
    schedule: sys,
    validate: sys,
  }
}
