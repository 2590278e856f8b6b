// In-memory database: the JSON state plus indexes, and the few primitives every write needs
// (ids, a strictly increasing clock, slugs with history).
import { generateResources } from './seed/resources.ts'
import type {
  AssignmentDoc,
  DataserviceDoc,
  DatasetDoc,
  DiscussionDoc,
  OrgDoc,
  ResourceDoc,
  ReuseDoc,
  State,
  TokenDoc,
  UserDoc,
  ContactPointDoc,
} from './types.ts'
import { createRng, deriveSeed, isoDate, objectId, randomApiKey, slugify, uuid } from './util.ts'

type SlugKind = 'datasets' | 'reuses' | 'organizations' | 'dataservices'

export class Db {
  state: State
  usersById = new Map<string, UserDoc>()
  usersBySlug = new Map<string, UserDoc>()
  orgsById = new Map<string, OrgDoc>()
  orgsBySlug = new Map<string, OrgDoc>()
  datasetsById = new Map<string, DatasetDoc>()
  datasetsBySlug = new Map<string, DatasetDoc>()
  reusesById = new Map<string, ReuseDoc>()
  reusesBySlug = new Map<string, ReuseDoc>()
  dataservicesById = new Map<string, DataserviceDoc>()
  dataservicesBySlug = new Map<string, DataserviceDoc>()
  discussionsById = new Map<string, DiscussionDoc>()
  contactsById = new Map<string, ContactPointDoc>()
  tokensByKey = new Map<string, TokenDoc>()
  /** chunked uploads in progress (uuid → parts); transient like udata's 24 h chunk storage */
  chunks = new Map<string, Map<number, Uint8Array<ArrayBuffer>>>()
  /**
   * Bumped around every request that may write (any method but GET/HEAD) and at each change it
   * reports (`ctx.changed`), so that what is derived from the state for reads knows when to be
   * rebuilt.
   */
  writes = 0

  /** What `untilNextWrite` keeps, with the `writes` it was derived at. */
  private derived = { writes: 0, values: new Map<string, unknown>() }

  constructor(state: State) {
    this.state = state
    this.reindex()
  }

  reindex(): void {
    const s = this.state
    this.usersById = new Map(s.users.map((u) => [u.id, u]))
    this.usersBySlug = new Map(s.users.map((u) => [u.slug, u]))
    this.orgsById = new Map(s.organizations.map((o) => [o.id, o]))
    this.orgsBySlug = new Map(s.organizations.map((o) => [o.slug, o]))
    this.datasetsById = new Map(s.datasets.map((d) => [d.id, d]))
    this.datasetsBySlug = new Map(s.datasets.map((d) => [d.slug, d]))
    this.reusesById = new Map(s.reuses.map((r) => [r.id, r]))
    this.reusesBySlug = new Map(s.reuses.map((r) => [r.slug, r]))
    this.dataservicesById = new Map(s.dataservices.map((d) => [d.id, d]))
    this.dataservicesBySlug = new Map(s.dataservices.map((d) => [d.slug, d]))
    this.discussionsById = new Map(s.discussions.map((d) => [d.id, d]))
    this.contactsById = new Map(s.contacts.map((c) => [c.id, c]))
    this.tokensByKey = new Map(s.tokens.map((t) => [t.token, t]))
  }

  /**
   * A value derived from the state for reads, built once and kept until the next write (reads
   * between two writes see the same state). `key` names what `build` makes: one key, one type.
   */
  untilNextWrite<T>(key: string, build: () => T): T {
    if (this.derived.writes !== this.writes)
      this.derived = { writes: this.writes, values: new Map() }
    if (!this.derived.values.has(key)) this.derived.values.set(key, build())
    return this.derived.values.get(key) as T
  }

  /**
   * How many items name each dataset, kept until the next write: `datasetLists` gives, for each
   * item that counts, the datasets it names.
   */
  private countByDataset(key: string, datasetLists: () => Iterable<string>[]): Map<string, number> {
    return this.untilNextWrite(key, () => {
      const byDataset = new Map<string, number>()
      for (const ids of datasetLists())
        for (const id of ids) byDataset.set(id, (byDataset.get(id) ?? 0) + 1)
      return byDataset
    })
  }

  /** Public dataservices that list a dataset (its `metrics.dataservices`). */
  dataserviceCount(datasetId: string): number {
    const counts = this.countByDataset('dataservices by dataset', () =>
      this.state.dataservices
        .filter((d) => !d.private && !d.deleted_at)
        .map((d) => new Set(d.datasets)),
    )
    return counts.get(datasetId) ?? 0
  }

  /** Community resources of a dataset (its `community_resources.total`). */
  communityResourceCount(datasetId: string): number {
    const counts = this.countByDataset('community resources by dataset', () =>
      this.state.community_resources.flatMap(({ dataset }) =>
        dataset !== null ? [[dataset]] : [],
      ),
    )
    return counts.get(datasetId) ?? 0
  }

  /** Reuses visible to the public that list a dataset (its `metrics.reuses`). */
  reuseCount(datasetId: string): number {
    // udata counts the reuses that are visible to the public on the dataset page
    const counts = this.countByDataset('public reuses by dataset', () =>
      this.state.reuses.filter((r) => !r.private && !r.deleted).map((r) => r.datasets),
    )
    return counts.get(datasetId) ?? 0
  }

  discussionCount(subjectId: string): { all: number; open: number } {
    const counts = this.untilNextWrite('discussions by subject', () => {
      const bySubject = new Map<string, { all: number; open: number }>()
      for (const d of this.state.discussions) {
        const entry = bySubject.get(d.subject.id) ?? { all: 0, open: 0 }
        entry.all += 1
        if (!d.closed) entry.open += 1
        bySubject.set(d.subject.id, entry)
      }
      return bySubject
    })
    return counts.get(subjectId) ?? { all: 0, open: 0 }
  }

  /** A timestamp strictly later than every previous one (two writes in one ms still differ). */
  tick(): string {
    const ms = Math.max(Date.now(), this.state.clock + 1)
    this.state.clock = ms
    return isoDate(ms)
  }

  private nextRng() {
    this.state.sequence += 1
    return createRng(deriveSeed(this.state.seed, `runtime-${this.state.sequence}`))
  }

  newObjectId(): string {
    return objectId(this.nextRng(), Math.max(Date.now(), this.state.clock))
  }

  newUuid(): string {
    return uuid(this.nextRng())
  }

  /** Resources of a dataset, generated on first access for seeded datasets. */
  resources(dataset: DatasetDoc): ResourceDoc[] {
    if (dataset.resources) return dataset.resources
    const lazy = dataset.lazy_resources
    dataset.resources = lazy ? generateResources(dataset, lazy.count, lazy.seed) : []
    dataset.lazy_resources = null
    return dataset.resources
  }

  resourceCount(dataset: DatasetDoc): number {
    return dataset.resources ? dataset.resources.length : (dataset.lazy_resources?.count ?? 0)
  }

  /** udata slugs: slugify(title), de-duplicated with -1, -2… */
  uniqueSlug(kind: SlugKind, title: string, selfId: string | null): string {
    const base = slugify(title).slice(0, 255) || 'sans-titre'
    const taken = (slug: string): boolean => {
      const owner =
        kind === 'datasets'
          ? this.datasetsBySlug.get(slug)
          : kind === 'reuses'
            ? this.reusesBySlug.get(slug)
            : kind === 'dataservices'
              ? this.dataservicesBySlug.get(slug)
              : this.orgsBySlug.get(slug)
      return owner !== undefined && owner.id !== selfId
    }
    if (!taken(base)) return base
    for (let i = 1; ; i++) {
      const candidate = `${base}-${i}`
      if (!taken(candidate)) return candidate
    }
  }

  /** Change the slug of an object, remembering the old one for 308 redirects. */
  setDatasetSlug(dataset: DatasetDoc, slug: string): void {
    reslug(dataset, slug, this.datasetsBySlug, this.state.redirects.datasets)
  }

  setReuseSlug(reuse: ReuseDoc, slug: string): void {
    reslug(reuse, slug, this.reusesBySlug, this.state.redirects.reuses)
  }

  /** udata's dataservice slug follows the title; no slug history is kept for them. */
  setDataserviceSlug(dataservice: DataserviceDoc, slug: string): void {
    if (dataservice.slug === slug) return
    this.dataservicesBySlug.delete(dataservice.slug)
    dataservice.slug = slug
    this.dataservicesBySlug.set(slug, dataservice)
  }

  addDataservice(dataservice: DataserviceDoc): void {
    this.state.dataservices.push(dataservice)
    this.dataservicesById.set(dataservice.id, dataservice)
    this.dataservicesBySlug.set(dataservice.slug, dataservice)
  }

  /** The object a discussion (or an assignment) is about. */
  subjectDoc(
    cls: AssignmentDoc['class'],
    id: string,
  ): DatasetDoc | ReuseDoc | DataserviceDoc | undefined {
    return cls === 'Dataset'
      ? this.datasetsById.get(id)
      : cls === 'Reuse'
        ? this.reusesById.get(id)
        : this.dataservicesById.get(id)
  }

  setOrganizationSlug(org: OrgDoc, slug: string): void {
    reslug(org, slug, this.orgsBySlug, this.state.redirects.organizations)
  }

  /** A new active API key for a user, as the user's settings page makes one. */
  addToken(userId: string, name: string): TokenDoc {
    const token: TokenDoc = {
      id: this.newObjectId(),
      token: randomApiKey(this.nextRng()),
      user: userId,
      status: 'active',
      name,
      created_at: this.tick(),
      expires_at: null,
      revoked_at: null,
    }
    this.state.tokens.push(token)
    this.tokensByKey.set(token.token, token)
    return token
  }

  addDataset(dataset: DatasetDoc): void {
    this.state.datasets.push(dataset)
    this.datasetsById.set(dataset.id, dataset)
    this.datasetsBySlug.set(dataset.slug, dataset)
  }

  addReuse(reuse: ReuseDoc): void {
    this.state.reuses.push(reuse)
    this.reusesById.set(reuse.id, reuse)
    this.reusesBySlug.set(reuse.slug, reuse)
  }

  addDiscussion(discussion: DiscussionDoc): void {
    this.state.discussions.push(discussion)
    this.discussionsById.set(discussion.id, discussion)
  }

  memberRole(orgId: string | null, userId: string): MemberRoleResult {
    if (!orgId) return null
    const org = this.orgsById.get(orgId)
    return org?.members.find((m) => m.user === userId)?.role ?? null
  }

  /** What a partial editor creates in their organization is assigned to them, as in udata. */
  assignToPartialEditor(
    userId: string,
    cls: AssignmentDoc['class'],
    doc: { id: string; organization: string | null },
  ): void {
    if (doc.organization && this.memberRole(doc.organization, userId) === 'partial_editor') {
      this.state.assignments.push({
        organization: doc.organization,
        user: userId,
        class: cls,
        id: doc.id,
      })
    }
  }

  isAssigned(userId: string, cls: AssignmentDoc['class'], id: string): boolean {
    return this.state.assignments.some((a) => a.user === userId && a.class === cls && a.id === id)
  }

  userOrgIds(userId: string): string[] {
    return this.state.organizations
      .filter((o) => o.members.some((m) => m.user === userId))
      .map((o) => o.id)
  }
}

type MemberRoleResult = 'admin' | 'editor' | 'partial_editor' | null

/** A new slug for an object whose old slug udata keeps, answering 308 to it (slug history). */
function reslug<T extends { id: string; slug: string }>(
  doc: T,
  slug: string,
  bySlug: Map<string, T>,
  redirects: Record<string, string>,
): void {
  if (doc.slug === slug) return
  redirects[doc.slug] = doc.id
  bySlug.delete(doc.slug)
  delete redirects[slug]
  doc.slug = slug
  bySlug.set(slug, doc)
}
