// Discussion shapes (udata-api.md §4.7; cdata datagouv-components/src/types/discussions.ts).

export type UserRef = {
  id: string
  slug?: string
  first_name?: string
  last_name?: string
  avatar_thumbnail?: string | null
}

export type OrganizationRef = {
  id: string
  name: string
  slug?: string
  logo_thumbnail?: string | null
}

export type DiscussionMessage = {
  id: string
  content: string
  posted_on: string
  posted_by: UserRef | null
  posted_by_organization: OrganizationRef | null
  last_modified_at?: string | null
}

export type DiscussionSubject = {
  class: 'Dataset' | 'Reuse' | 'Dataservice' | 'Post' | 'Topic'
  id: string
}

export type Discussion = {
  id: string
  title: string
  subject: DiscussionSubject
  user: UserRef | null
  organization: OrganizationRef | null
  created: string
  closed: string | null
  closed_by: UserRef | null
  closed_by_organization?: OrganizationRef | null
  discussion: DiscussionMessage[]
  permissions?: { close?: boolean; delete?: boolean; edit?: boolean }
}

/** `POST /api/1/discussions/` */
export type NewDiscussion = {
  title: string
  comment: string
  subject: { class: string; id: string }
  /** posts as this organization (the user must be a member) */
  organization?: string
}

/** `POST /api/1/discussions/{id}/` */
export type DiscussionReply = { comment?: string; close?: boolean; organization?: string }
