// Object → JSON shapes, following the recorded data.gouv.fr responses
// (sandbox/fixtures/) and udata's api fields.
import type { Ctx } from './context.ts'
import {
  dataservicePermissions,
  datasetPermissions,
  orgPermissions,
  reusePermissions,
} from './permissions.ts'
import {
  FORMAT_MIME,
  LICENSES,
  licenseJson,
  ZONES,
  frequencyLabel,
  granularityLabel,
  roleLabel,
} from './reference.ts'
import type {
  ActivityDoc,
  ContactPointDoc,
  DataserviceDoc,
  DatasetDoc,
  DiscussionDoc,
  MemberDoc,
  OrgDoc,
  ResourceDoc,
  ReuseDoc,
  UserDoc,
} from './types.ts'
import { serialized } from './http.ts'
import { datasetQuality, qualityFixedUntil } from './quality.ts'

export function userRef(ctx: Ctx, user: UserDoc | undefined | null) {
  if (!user) return null
  return {
    avatar: user.avatar,
    avatar_thumbnail: user.avatar,
    class: 'User',
    first_name: user.first_name,
    id: user.id,
    last_name: user.last_name,
    page: `${ctx.origin}/fr/users/${user.slug}/`,
    slug: user.slug,
    uri: `${ctx.origin}/api/1/users/${user.slug}/`,
  }
}

/** A dataset as udata nests it in another object (`DatasetRef`: a community resource, a harvest item). */
export function datasetRef(ctx: Ctx, ds: DatasetDoc | undefined | null) {
  if (!ds) return null
  return {
    acronym: ds.acronym,
    class: 'Dataset',
    id: ds.id,
    page: `${ctx.origin}/fr/datasets/${ds.slug}/`,
    title: ds.title,
    uri: `${ctx.origin}/api/1/datasets/${ds.slug}/`,
  }
}

/** `organization` and `owner` as udata nests them (references), side by side in that order. */
export function ownedBy(ctx: Ctx, doc: { organization: string | null; owner: string | null }) {
  return {
    organization: doc.organization ? orgRef(ctx, ctx.db.orgsById.get(doc.organization)) : null,
    owner: doc.owner ? userRef(ctx, ctx.db.usersById.get(doc.owner)) : null,
  }
}

/** An uploaded logo is stored by path (state.files) and served from the sandbox's origin. */
function logoUrl(ctx: Ctx, org: OrgDoc): string | null {
  return org.logo?.startsWith('/') ? `${ctx.origin}${org.logo}` : org.logo
}

export function orgRef(ctx: Ctx, org: OrgDoc | undefined | null) {
  if (!org) return null
  return {
    acronym: org.acronym,
    badges: org.badges.map((kind) => ({ kind })),
    class: 'Organization',
    id: org.id,
    logo: logoUrl(ctx, org),
    logo_thumbnail: logoUrl(ctx, org),
    name: org.name,
    page: `${ctx.origin}/fr/organizations/${org.slug}/`,
    slug: org.slug,
    uri: `${ctx.origin}/api/1/organizations/${org.slug}/`,
  }
}

/**
 * A user reference with e-mail and last login as udata reveals them (`_visible_email`,
 * `_visible_login_date` in udata/core/user/models.py): in full to a sysadmin; to those allowed
 * (`revealed`: the org's members on its detail, whoever may list its membership requests) the
 * first two characters then one `*` per remaining character of the local part, and the last
 * login; to everyone else only `***@domain` and `last_login_at: null`.
 */
export function userWithEmail(ctx: Ctx, user: UserDoc, revealed: boolean) {
  const sysadmin = ctx.user?.roles.includes('admin') ?? false
  const [local = '', domain = ''] = user.email.split('@')
  const email = !user.email
    ? null
    : sysadmin
      ? user.email
      : revealed
        ? `${local.slice(0, 2)}${'*'.repeat(Math.max(0, local.length - 2))}@${domain}`
        : `***@${domain}`
  return {
    ...userRef(ctx, user),
    email,
    last_login_at: sysadmin || revealed ? user.last_login_at : null,
  }
}

/** udata `Member` (`{user, role, label, since}`); `revealed` as for `userWithEmail`. */
export function member(ctx: Ctx, m: MemberDoc, revealed: boolean) {
  const user = ctx.db.usersById.get(m.user)
  return {
    label: roleLabel(m.role, ctx.lang),
    role: m.role,
    since: m.since,
    user: user ? userWithEmail(ctx, user, revealed) : null,
  }
}

function monthly(seedValue: number): Record<string, number> {
  const out: Record<string, number> = {}
  const now = new Date()
  for (let i = 12; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))
    out[d.toISOString().slice(0, 7)] = (seedValue * (i + 3)) % 7
  }
  return out
}

/** `revealsMembers`: the org's detail route, where its own members see the masked e-mails. */
export function organization(ctx: Ctx, org: OrgDoc, revealsMembers = false) {
  const db = ctx.db
  const revealed =
    revealsMembers && ctx.user !== null && db.memberRole(org.id, ctx.user.id) !== null
  const datasets = db.state.datasets.filter(
    (d) => d.organization === org.id && !d.private && !d.deleted,
  ).length
  const reuses = db.state.reuses.filter(
    (r) => r.organization === org.id && !r.private && !r.deleted,
  ).length
  const dataservices = db.state.dataservices.filter(
    (d) => d.organization === org.id && !d.private && !d.deleted_at,
  ).length
  const seedValue = org.views % 97
  return {
    acronym: org.acronym,
    badges: org.badges.map((kind) => ({ kind })),
    business_number_id: org.business_number_id,
    created_at: org.created_at,
    deleted: org.deleted,
    description: org.description,
    extras: org.extras,
    id: org.id,
    last_modified: org.last_modified,
    logo: logoUrl(ctx, org),
    logo_thumbnail: logoUrl(ctx, org),
    members: org.members.map((m) => member(ctx, m, revealed)),
    metrics: {
      dataservices,
      dataservices_by_months: monthly(0),
      datasets,
      datasets_by_months: monthly(seedValue),
      datasets_followers_by_months: monthly(seedValue + 1),
      datasets_reuses_by_months: monthly(seedValue + 2),
      followers: org.followers,
      members: org.members.length,
      reuses,
      reuses_by_months: 0,
      reuses_followers_by_months: 0,
      views: org.views,
    },
    name: org.name,
    page: `${ctx.origin}/fr/organizations/${org.slug}/`,
    permissions: orgPermissions(db, ctx.user, org),
    slug: org.slug,
    uri: `${ctx.origin}/api/1/organizations/${org.slug}/`,
    url: org.url,
  }
}

export function contactPoint(ctx: Ctx, c: ContactPointDoc) {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    contact_form: c.contact_form,
    role: c.role,
    ...ownedBy(ctx, c),
  }
}

export function resource(ctx: Ctx, r: ResourceDoc) {
  return {
    checksum: r.checksum,
    created_at: r.created_at,
    description: r.description,
    extras: r.extras,
    filesize: r.filesize,
    filetype: r.filetype,
    format: r.format,
    harvest: r.harvest,
    id: r.id,
    internal: {
      created_at_internal: r.created_at,
      last_modified_internal: r.last_modified_internal,
    },
    last_modified: r.last_modified,
    latest: `${ctx.origin}/fr/datasets/r/${r.id}`,
    metrics: { views: r.views },
    mime: r.mime ?? (r.format ? (FORMAT_MIME[r.format] ?? null) : null),
    preview_url: r.preview_url,
    schema: r.schema,
    title: r.title,
    type: r.type,
    url: r.file ? `${ctx.origin}${r.url}` : r.url,
  }
}

function licenseObject(id: string) {
  const l = LICENSES.find((x) => x.id === id)
  return l
    ? licenseJson(l)
    : {
        id,
        title: id,
        maintainer: null,
        url: null,
        flags: [],
        alternate_urls: [],
        alternate_titles: [],
      }
}

function spatial(ctx: Ctx, ds: DatasetDoc) {
  if (!ds.spatial) return null
  if (!ctx.fullObjects) return ds.spatial
  return {
    zones: ds.spatial.zones.map((id) => {
      const z = ZONES.find((zone) => zone.id === id)
      return {
        id,
        name: z?.name ?? id,
        code: z?.code ?? id,
        level: z?.level ?? 'other',
        uri: `${ctx.origin}/api/1/spatial/zone/${id}/`,
      }
    }),
    granularity: ds.spatial.granularity
      ? { id: ds.spatial.granularity, name: granularityLabel(ds.spatial.granularity, ctx.lang) }
      : null,
    geom: null,
  }
}

function datasetBase(ctx: Ctx, ds: DatasetDoc, version: 1 | 2) {
  const db = ctx.db
  const discussions = db.discussionCount(ds.id)
  const full = version === 2 && ctx.fullObjects
  const license = ds.license ?? 'notspecified'
  return {
    access_audiences: (ds.access_audiences ?? []).map((a) => ({ ...a })),
    access_type: ds.access_type,
    access_type_reason: ds.access_type_reason ?? null,
    access_type_reason_category: ds.access_type_reason_category ?? null,
    acronym: ds.acronym,
    archived: ds.archived,
    authorization_request_url: ds.authorization_request_url ?? null,
    badges: ds.badges.map((kind) => ({ kind })),
    contact_points: ds.contact_points.flatMap((id) => {
      const c = db.contactsById.get(id)
      return c ? [contactPoint(ctx, c)] : []
    }),
    created_at: ds.created_at,
    deleted: ds.deleted,
    description: ds.description,
    description_short: ds.description_short,
    extras: ds.extras,
    featured: ds.featured,
    frequency: full
      ? { id: ds.frequency, label: frequencyLabel(ds.frequency, ctx.lang) }
      : ds.frequency,
    frequency_date: ds.frequency_date,
    harvest: ds.harvest,
    id: ds.id,
    internal: {
      created_at_internal: ds.created_at_internal,
      last_modified_internal: ds.last_modified_internal,
    },
    last_modified: ds.last_modified,
    last_update: ds.last_update,
    license: full ? licenseObject(license) : license,
    metrics: {
      dataservices: db.dataserviceCount(ds.id),
      discussions: discussions.all,
      discussions_open: discussions.open,
      followers: ds.followers,
      resources_downloads: ds.resources_downloads,
      reuses: db.reuseCount(ds.id),
      views: ds.views,
    },
    ...ownedBy(ctx, ds),
    page: `${ctx.origin}/fr/datasets/${ds.slug}/`,
    permissions: datasetPermissions(db, ctx.user, ds),
    private: ds.private,
    quality: datasetQuality(ds, db.resources(ds), Date.now()),
    schema: ds.schema,
    slug: ds.slug,
    spatial: spatial(ctx, ds),
    tags: ds.tags,
    temporal_coverage: ds.temporal_coverage,
    title: ds.title,
  }
}

/**
 * A dataset's JSON as one reader sees it, kept (with its text, see `serialized`) until the next
 * write or until its quality's `update_fulfilled_in_time` turns false: what it is made of only
 * changes through writes. The reader's view is everything of the request it depends on.
 */
function keptDataset<T extends object>(
  ctx: Ctx,
  ds: DatasetDoc,
  version: 1 | 2,
  build: () => T,
): T {
  const view = `dataset v${version} ${ctx.user?.id ?? '-'} ${ctx.lang} ${ctx.fullObjects} ${ctx.origin}`
  const kept = ctx.db.untilNextWrite(view, () => new Map<DatasetDoc, { value: T; until: number }>())
  const now = Date.now()
  const hit = kept.get(ds)
  if (hit && now <= hit.until) return hit.value
  const value = serialized(build())
  kept.set(ds, { value, until: qualityFixedUntil(ds, now) })
  return value
}

export function datasetV1(ctx: Ctx, ds: DatasetDoc) {
  return keptDataset(ctx, ds, 1, () => ({
    ...datasetBase(ctx, ds, 1),
    resources: ctx.db.resources(ds).map((r) => resource(ctx, r)),
    uri: `${ctx.origin}/api/1/datasets/${ds.slug}/`,
  }))
}

export function datasetV2(ctx: Ctx, ds: DatasetDoc) {
  return keptDataset(ctx, ds, 2, () => ({
    ...datasetBase(ctx, ds, 2),
    community_resources: {
      href: `${ctx.origin}/api/1/datasets/community_resources/?dataset=${ds.id}&page=1&page_size=50`,
      rel: 'subsection',
      total: ctx.db.communityResourceCount(ds.id),
      type: 'GET',
    },
    resources: {
      href: `${ctx.origin}/api/2/datasets/${ds.id}/resources/?page=1&page_size=50`,
      rel: 'subsection',
      total: ctx.db.resourceCount(ds),
      type: 'GET',
    },
    uri: `${ctx.origin}/api/2/datasets/${ds.slug}/`,
  }))
}

function reuseBase(ctx: Ctx, r: ReuseDoc) {
  const db = ctx.db
  const discussions = db.discussionCount(r.id)
  return {
    archived: r.archived,
    badges: r.badges.map((kind) => ({ kind })),
    created_at: r.created_at,
    deleted: r.deleted,
    description: r.description,
    extras: r.extras,
    featured: r.featured,
    id: r.id,
    image: r.image?.startsWith('/') ? `${ctx.origin}${r.image}` : r.image,
    image_thumbnail: r.image?.startsWith('/') ? `${ctx.origin}${r.image}` : r.image,
    last_modified: r.last_modified,
    metrics: {
      datasets: r.datasets.length,
      discussions: discussions.all,
      discussions_open: discussions.open,
      followers: r.followers,
      views: r.views,
    },
    ...ownedBy(ctx, r),
    page: `${ctx.origin}/fr/reuses/${r.slug}/`,
    permissions: reusePermissions(db, ctx.user, r),
    private: r.private,
    slug: r.slug,
    tags: r.tags,
    title: r.title,
    topic: r.topic,
    type: r.type,
    uri: `${ctx.origin}/api/1/reuses/${r.slug}/`,
    url: r.url,
  }
}

/** `full`: the item endpoint embeds full v1 datasets; list pages reduce them to {id,title,uri,page}. */
export function reuseV1(ctx: Ctx, r: ReuseDoc, full: boolean) {
  const datasets = r.datasets.flatMap((id) => {
    const ds = ctx.db.datasetsById.get(id)
    if (!ds) return []
    if (full) return [datasetV1(ctx, ds)]
    return [
      {
        id: ds.id,
        title: ds.title,
        uri: `${ctx.origin}/api/1/datasets/${ds.slug}/`,
        page: `${ctx.origin}/fr/datasets/${ds.slug}/`,
      },
    ]
  })
  const dataservices = (r.dataservices ?? []).flatMap((id) => {
    const d = ctx.db.dataservicesById.get(id)
    return d ? [dataservice(ctx, d)] : []
  })
  return { ...reuseBase(ctx, r), dataservices, datasets }
}

export function reuseV2(ctx: Ctx, r: ReuseDoc) {
  return {
    ...reuseBase(ctx, r),
    dataservices: {
      href: `${ctx.origin}/api/2/dataservices/?reuse=${r.id}`,
      rel: 'subsection',
      total: (r.dataservices ?? []).length,
      type: 'GET',
    },
    datasets: {
      href: `${ctx.origin}/api/2/datasets/?reuse=${r.id}`,
      rel: 'subsection',
      total: r.datasets.length,
      type: 'GET',
    },
  }
}

export function discussion(ctx: Ctx, d: DiscussionDoc) {
  const db = ctx.db
  const subjectOrg = subjectOwner(ctx, d)
  const me = ctx.user
  const onOwnerSide = me !== null && subjectOrg.canClose(me.id)
  return {
    class: 'Discussion',
    closed: d.closed,
    closed_by: d.closed_by ? userRef(ctx, db.usersById.get(d.closed_by)) : null,
    closed_by_organization: d.closed_by_organization
      ? orgRef(ctx, db.orgsById.get(d.closed_by_organization))
      : null,
    created: d.created,
    discussion: d.messages.map((m, index) => ({
      content: m.content,
      id: m.id,
      last_modified_at: m.last_modified_at,
      permissions: {
        delete: me !== null && index > 0 && m.posted_by === me.id,
        edit: me !== null && m.posted_by === me.id,
      },
      posted_by: userRef(ctx, db.usersById.get(m.posted_by)),
      posted_by_organization: m.posted_by_organization
        ? orgRef(ctx, db.orgsById.get(m.posted_by_organization))
        : null,
      posted_on: m.posted_on,
    })),
    extras: d.extras,
    id: d.id,
    organization: d.organization ? orgRef(ctx, db.orgsById.get(d.organization)) : null,
    permissions: {
      close: onOwnerSide || (me !== null && me.id === d.user),
      delete: me !== null && me.id === d.user,
      edit: me !== null && me.id === d.user,
    },
    self_web_url: subjectOrg.page ? `${subjectOrg.page}#/discussions/${d.id}` : null,
    subject: d.subject,
    title: d.title,
    url: `${ctx.origin}/api/1/discussions/${d.id}/`,
    user: userRef(ctx, db.usersById.get(d.user)),
  }
}

/** Who is on the subject's side of a discussion (may close it). */
export function subjectOwner(ctx: Ctx, d: DiscussionDoc) {
  const db = ctx.db
  const subject = db.subjectDoc(d.subject.class, d.subject.id)
  const path = { Dataset: 'datasets', Reuse: 'reuses', Dataservice: 'dataservices' }[
    d.subject.class
  ]
  const page = subject ? `${ctx.origin}/fr/${path}/${subject.slug}/` : null
  return {
    organization: subject?.organization ?? null,
    page,
    canClose(userId: string): boolean {
      if (!subject) return false
      if (subject.owner === userId) return true
      const role = db.memberRole(subject.organization, userId)
      if (role === 'admin' || role === 'editor') return true
      return role === 'partial_editor' && db.isAssigned(userId, d.subject.class, subject.id)
    },
  }
}

const ACTIVITY_LABELS: Record<string, { label: string; icon: string }> = {
  'dataset:created': { label: 'created a dataset', icon: 'fa fa-plus' },
  'dataset:updated': { label: 'updated a dataset', icon: 'fa fa-pencil' },
  'dataset:deleted': { label: 'deleted a dataset', icon: 'fa fa-remove' },
  'reuse:created': { label: 'created a reuse', icon: 'fa fa-plus' },
  'reuse:updated': { label: 'updated a reuse', icon: 'fa fa-pencil' },
  'reuse:deleted': { label: 'deleted a reuse', icon: 'fa fa-remove' },
  'dataservice:created': { label: 'created a dataservice', icon: 'fa fa-plus' },
  'dataservice:updated': { label: 'updated a dataservice', icon: 'fa fa-pencil' },
  'dataservice:deleted': { label: 'deleted a dataservice', icon: 'fa fa-remove' },
  'discussion:created': { label: 'started a discussion', icon: 'fa fa-comment' },
  'discussion:replied': { label: 'replied to a discussion', icon: 'fa fa-comments' },
  'discussion:closed': { label: 'closed a discussion', icon: 'fa fa-check' },
}

/** The API folder of an activity's subject. */
const ACTIVITY_KIND_PATHS: Record<ActivityDoc['related_to_kind'], string> = {
  Dataset: 'datasets',
  Reuse: 'reuses',
  Dataservice: 'dataservices',
  Organization: 'organizations',
  Discussion: 'discussions',
}

export function activity(ctx: Ctx, a: ActivityDoc) {
  const db = ctx.db
  const kindPath = ACTIVITY_KIND_PATHS[a.related_to_kind]
  const meta = ACTIVITY_LABELS[a.key] ?? { label: a.key, icon: 'fa fa-info' }
  return {
    actor: userRef(ctx, db.usersById.get(a.actor)),
    changes: a.changes,
    created_at: a.created_at,
    extras: a.extras,
    icon: meta.icon,
    key: a.key,
    label: meta.label,
    organization: a.organization ? orgRef(ctx, db.orgsById.get(a.organization)) : null,
    related_to: a.related_to,
    related_to_id: a.related_to_id,
    related_to_kind: a.related_to_kind,
    related_to_url: `${ctx.origin}/api/1/${kindPath}/${a.related_to_id}/`,
  }
}

export function me(ctx: Ctx, user: UserDoc) {
  const db = ctx.db
  const orgIds = db.userOrgIds(user.id)
  return {
    about: user.about,
    active: user.active,
    avatar: user.avatar,
    avatar_thumbnail: user.avatar,
    email: user.email,
    first_name: user.first_name,
    id: user.id,
    last_login_at: user.last_login_at,
    last_name: user.last_name,
    metrics: {
      dataservices: db.state.dataservices.filter((d) => d.owner === user.id && !d.deleted_at)
        .length,
      datasets: db.state.datasets.filter((d) => d.owner === user.id && !d.deleted).length,
      followers: 0,
      following: 0,
      reuses: db.state.reuses.filter((r) => r.owner === user.id && !r.deleted).length,
    },
    organizations: orgIds.flatMap((id) => {
      const org = db.orgsById.get(id)
      return org ? [{ ...orgRef(ctx, org), permissions: orgPermissions(db, user, org) }] : []
    }),
    page: `${ctx.origin}/fr/users/${user.slug}/`,
    roles: user.roles,
    since: user.since,
    slug: user.slug,
    uri: `${ctx.origin}/api/1/users/${user.slug}/`,
    website: user.website,
  }
}

/** udata/core/dataservices/api_fields.py: the one shape of list items and the item endpoint. */
export function dataservice(ctx: Ctx, d: DataserviceDoc) {
  const db = ctx.db
  const discussions = db.discussionCount(d.id)
  return {
    access_audiences: d.access_audiences,
    access_type: d.access_type,
    access_type_reason: d.access_type_reason,
    access_type_reason_category: d.access_type_reason_category,
    acronym: d.acronym,
    archived_at: d.archived_at,
    authorization_request_url: d.authorization_request_url,
    availability: d.availability,
    availability_url: d.availability_url,
    badges: d.badges.map((kind) => ({ kind })),
    base_api_url: d.base_api_url,
    business_documentation_url: d.business_documentation_url,
    contact_points: d.contact_points.flatMap((id) => {
      const c = db.contactsById.get(id)
      return c ? [contactPoint(ctx, c)] : []
    }),
    created_at: d.created_at,
    // a link, not the list: clients page through /datasets/?dataservice= to read it whole
    datasets: {
      href: `${ctx.origin}/api/1/datasets/?dataservice=${d.id}`,
      rel: 'subsection',
      total: d.datasets.length,
      type: 'GET',
    },
    deleted_at: d.deleted_at,
    description: d.description,
    extras: d.extras,
    featured: d.featured,
    format: d.format,
    harvest: d.harvest,
    id: d.id,
    license: d.license,
    machine_documentation_url: d.machine_documentation_url,
    metadata_modified_at: d.metadata_modified_at,
    metrics: {
      discussions: discussions.all,
      discussions_open: discussions.open,
      followers: d.followers,
      followers_by_months: monthly(d.followers % 7),
      reuses: db.state.reuses.filter(
        (r) => !r.private && !r.deleted && (r.dataservices ?? []).includes(d.id),
      ).length,
      views: d.views,
    },
    ...ownedBy(ctx, d),
    permissions: dataservicePermissions(db, ctx.user, d),
    private: d.private,
    rate_limiting: d.rate_limiting,
    rate_limiting_url: d.rate_limiting_url,
    self_api_url: `${ctx.origin}/api/1/dataservices/${d.slug}/`,
    self_web_url: `${ctx.origin}/fr/dataservices/${d.slug}/`,
    slug: d.slug,
    tags: d.tags,
    technical_documentation_url: d.technical_documentation_url,
    title: d.title,
  }
}
