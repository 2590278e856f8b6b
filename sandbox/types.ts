// The sandbox's persisted state. Plain JSON (so it can be written to a file and restored);
// indexes live in store.ts and are rebuilt from it.

import type {
  AccessAudience,
  DatasetBase,
  TemporalCoverage,
} from '../src/features/datasets/types.ts'
import type { DataserviceFields } from '../src/features/dataservices/types.ts'
import type { HarvestSource } from '../src/features/harvesters/types.ts'
import type { Reuse } from '../src/features/reuses/types.ts'

export type { AccessAudience, TemporalCoverage }

export type OrgRole = 'admin' | 'editor' | 'partial_editor'
export type KeyStatus = 'active' | 'expired' | 'revoked'

export type UserDoc = {
  id: string
  slug: string
  first_name: string
  last_name: string
  email: string
  about: string | null
  website: string | null
  avatar: string | null
  roles: string[]
  active: boolean
  since: string
  last_login_at: string | null
}

export type MemberDoc = { user: string; role: OrgRole; since: string }

export type OrgDoc = {
  id: string
  name: string
  acronym: string | null
  slug: string
  description: string
  url: string | null
  business_number_id: string | null
  badges: string[]
  members: MemberDoc[]
  extras: Record<string, unknown>
  created_at: string
  last_modified: string
  deleted: string | null
  logo: string | null
  views: number
  followers: number
}

export type AssignmentDoc = {
  organization: string
  user: string
  class: 'Dataset' | 'Reuse' | 'Dataservice'
  id: string
  /** the Assignment document's own id and date; absent on seeded ones (derived when served) */
  assignment_id?: string
  created_at?: string
}

export type MembershipStatus = 'pending' | 'accepted' | 'refused' | 'canceled'

/** udata `MembershipRequest`, embedded in `Organization.requests` there; one collection here. */
export type MembershipRequestDoc = {
  id: string
  organization: string
  /** null for an invitation by e-mail to someone without an account */
  user: string | null
  email: string | null
  kind: 'request' | 'invitation'
  status: MembershipStatus
  role: OrgRole
  comment: string | null
  /** `{class, id}` subjects assigned when an invitation as partial editor is accepted */
  assignments: { class: string; id: string }[]
  created: string
  // stored by udata, never exposed by the API
  created_by: string | null
  handled_by: string | null
  handled_on: string | null
  refusal_comment: string | null
}

export type TokenDoc = {
  id: string
  token: string
  user: string
  status: KeyStatus
  name: string
  created_at: string
  expires_at: string | null
  revoked_at: string | null
}

export type ContactPointDoc = {
  id: string
  name: string
  email: string | null
  contact_form: string | null
  role: string
  organization: string | null
  owner: string | null
}

export type Checksum = { type: string; value: string }
export type SchemaRef = { name: string | null; version: string | null; url: string | null }

export type ResourceDoc = {
  id: string
  title: string
  description: string | null
  filetype: 'file' | 'remote'
  type: string
  format: string | null
  url: string
  checksum: Checksum | null
  filesize: number | null
  mime: string | null
  created_at: string
  last_modified: string
  last_modified_internal: string
  extras: Record<string, unknown>
  schema: SchemaRef | null
  harvest: Record<string, unknown> | null
  views: number
  preview_url: string | null
  /** key in state.files when the sandbox stores the bytes itself */
  file: string | null
}

export type Spatial = { zones: string[]; granularity: string | null; geom: null }

/** The fields the sandbox stores as the API serves them (the console's types). */
type DatasetApiFields = Pick<
  DatasetBase,
  | 'id'
  | 'title'
  | 'acronym'
  | 'slug'
  | 'description'
  | 'tags'
  | 'frequency_date'
  | 'temporal_coverage'
  | 'private'
  | 'archived'
  | 'deleted'
  | 'created_at'
  | 'last_modified'
  | 'last_update'
>

/** A dataset as stored: the API's fields, and by id or in short what the API expands. */
export type DatasetDoc = DatasetApiFields & {
  description_short: string | null
  license: string | null
  frequency: string
  spatial: Spatial | null
  featured: boolean
  created_at_internal: string
  /** what `last_modified` is for a non-harvested dataset; see sandbox/dataset-dates.ts */
  last_modified_internal: string
  organization: string | null
  owner: string | null
  /** null until materialised: seeded resources are generated lazily from `lazy_resources` */
  resources: ResourceDoc[] | null
  lazy_resources: { count: number; seed: number } | null
  badges: string[]
  views: number
  followers: number
  resources_downloads: number
  extras: Record<string, unknown>
  harvest: Record<string, unknown> | null
  contact_points: string[]
  schema: SchemaRef | null
  access_type: string
  /** absent on seeded datasets (= udata's defaults: [] and nulls) */
  access_audiences?: AccessAudience[]
  authorization_request_url?: string | null
  access_type_reason_category?: string | null
  access_type_reason?: string | null
}

/** A reuse as stored: the API's fields, and by id what the API expands. */
export type ReuseDoc = Pick<
  Reuse,
  | 'id'
  | 'title'
  | 'slug'
  | 'description'
  | 'type'
  | 'topic'
  | 'url'
  | 'tags'
  | 'private'
  | 'archived'
  | 'deleted'
  | 'image'
  | 'created_at'
  | 'last_modified'
> & {
  datasets: string[]
  /** absent on reuses seeded before dataservices existed */
  dataservices?: string[]
  featured: boolean
  organization: string | null
  owner: string | null
  extras: Record<string, unknown>
  views: number
  followers: number
  badges: string[]
}

/**
 * udata/core/dataservices/models.py `Dataservice`: the fields its API reads and writes as the
 * console types them, plus what the sandbox stores by id (contact points, datasets, owners).
 */
export type DataserviceDoc = DataserviceFields & {
  id: string
  slug: string
  contact_points: string[]
  datasets: string[]
  extras: Record<string, unknown>
  created_at: string
  metadata_modified_at: string
  deleted_at: string | null
  featured: boolean
  badges: string[]
  organization: string | null
  owner: string | null
  harvest: Record<string, unknown> | null
  views: number
  followers: number
}

export type MessageDoc = {
  id: string
  content: string
  posted_on: string
  posted_by: string
  posted_by_organization: string | null
  last_modified_at: string | null
}

export type DiscussionDoc = {
  id: string
  title: string
  subject: { class: 'Dataset' | 'Reuse' | 'Dataservice'; id: string }
  user: string
  organization: string | null
  created: string
  closed: string | null
  closed_by: string | null
  closed_by_organization: string | null
  messages: MessageDoc[]
  extras: Record<string, unknown>
}

export type ActivityDoc = {
  id: string
  actor: string
  organization: string | null
  related_to_id: string
  related_to_kind: 'Dataset' | 'Reuse' | 'Organization' | 'Discussion' | 'Dataservice'
  related_to: string
  key: string
  changes: string[]
  extras: Record<string, unknown>
  created_at: string
}

export type ReportDoc = {
  id: string
  by: string | null
  subject: { class: string; id: string }
  reason: string
  message: string | null
  reported_at: string
}

export type StoredFile = { mime: string; base64: string }

/**
 * What a notification is about, stored by id; routes/notifications.ts expands the ids into the
 * refs or full objects udata embeds (udata/features/notifications/*).
 */
export type NotificationDetailsDoc =
  | {
      class: 'MembershipRequestNotificationDetails'
      request_organization: string
      request_user: string | null
      kind: 'request' | 'invitation'
      /** the MembershipRequest it announces, so handling the request handles the notification */
      request_id: string
    }
  | {
      class: 'MembershipAcceptedNotificationDetails' | 'MembershipRefusedNotificationDetails'
      organization: string
    }
  | { class: 'NewBadgeNotificationDetails'; organization: string; kind: string }
  | {
      class: 'DiscussionNotificationDetails'
      status: 'new_discussion' | 'new_comment' | 'closed'
      message_id: string | null
      discussion: string
    }
  | { class: 'ReuseCreatedNotificationDetails'; reuse: string; dataset: string }
  | { class: 'DataserviceCreatedNotificationDetails'; dataservice: string; dataset: string }
  | { class: 'TransferRequestNotificationDetails'; transfer: string }

export type NotificationDoc = {
  id: string
  created_at: string
  last_modified: string
  /** null = unread / pending */
  handled_at: string | null
  user: string
  details: NotificationDetailsDoc
}

/** A resource a third party published on a dataset (udata `CommunityResource`, a top-level collection). */
export type CommunityResourceDoc = ResourceDoc & {
  /** null once the dataset is hard-deleted */
  dataset: string | null
  /** the publisher, not the dataset's producer */
  organization: string | null
  owner: string | null
}

export type HarvestError = { created_at: string; message: string; details: string | null }

/** A harvest source as stored: the API's fields, its owners by id, and who validated it. */
export type HarvestSourceDoc = Pick<
  HarvestSource,
  | 'id'
  | 'name'
  | 'slug'
  | 'description'
  | 'url'
  | 'backend'
  | 'active'
  | 'created_at'
  | 'deleted'
  | 'schedule'
> & {
  config: Record<string, unknown>
  autoarchive: boolean
  validation: HarvestSource['validation'] & { by: string | null }
  organization: string | null
  owner: string | null
}

export type HarvestItemDoc = {
  remote_id: string
  remote_url: string | null
  dataset: string | null
  status: 'pending' | 'started' | 'done' | 'failed' | 'skipped' | 'archived'
  created: string
  started: string | null
  ended: string | null
  errors: HarvestError[]
  logs: { level: string; message: string }[]
}

export type HarvestJobDoc = {
  id: string
  source: string
  created: string
  started: string | null
  ended: string | null
  status:
    'pending' | 'initializing' | 'initialized' | 'processing' | 'done' | 'done-errors' | 'failed'
  errors: HarvestError[]
  items: HarvestItemDoc[]
}

/** A party of a transfer: the current owner or the recipient (udata's polymorphic ref). */
export type TransferParty = { class: 'Organization' | 'User'; id: string }

/** udata/features/transfer/models.py `Transfer` (the API reads `reponse_comment`, sic). */
export type TransferDoc = {
  id: string
  /** who asked */
  user: string
  owner: TransferParty
  recipient: TransferParty
  subject: { class: 'Dataset' | 'Reuse' | 'Dataservice'; id: string }
  comment: string | null
  created: string
  status: 'pending' | 'accepted' | 'refused'
  responded: string | null
  responder: string | null
  response_comment: string | null
}

export type State = {
  /**
   * 2: datasets carry last_modified_internal; 3: notifications and the organization admin
   * collections (older saved states are reseeded)
   */
  version: 3
  seed: number
  scale: 'full' | 'small'
  /** last timestamp handed out, so every write gets a strictly later last_modified */
  clock: number
  users: UserDoc[]
  organizations: OrgDoc[]
  datasets: DatasetDoc[]
  reuses: ReuseDoc[]
  dataservices: DataserviceDoc[]
  discussions: DiscussionDoc[]
  activities: ActivityDoc[]
  reports: ReportDoc[]
  contacts: ContactPointDoc[]
  tokens: TokenDoc[]
  assignments: AssignmentDoc[]
  membership_requests: MembershipRequestDoc[]
  notifications: NotificationDoc[]
  community_resources: CommunityResourceDoc[]
  harvest_sources: HarvestSourceDoc[]
  /** newest first, as udata lists them */
  harvest_jobs: HarvestJobDoc[]
  transfers: TransferDoc[]
  /** old slug → id, per kind (udata keeps slug history and 308-redirects) */
  redirects: {
    datasets: Record<string, string>
    reuses: Record<string, string>
    organizations: Record<string, string>
  }
  files: Record<string, StoredFile>
  /** counter used to derive new ids after seeding */
  sequence: number
}
