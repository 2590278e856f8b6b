/**
 * Source: udata `udata/features/notifications/*` (14.3.0+), udata-api-admin.md §8.1, cdata
 * `types/notifications.ts`. Only what the console shows is typed; unknown classes still list.
 */
type Ref = { id: string; title?: string; name?: string; class?: string }
type OrgRef = { id: string; name: string; class?: 'Organization' }
type UserRef = { id: string; first_name: string; last_name: string; class?: 'User' }

export type NotificationDetails =
  | {
      class: 'MembershipRequestNotificationDetails'
      request_organization: OrgRef | null
      request_user: UserRef | null
      kind: 'request' | 'invitation'
    }
  | {
      class: 'MembershipAcceptedNotificationDetails' | 'MembershipRefusedNotificationDetails'
      organization: OrgRef | null
    }
  | {
      class: 'TransferRequestNotificationDetails'
      transfer_owner: OrgRef | UserRef | null
      transfer_recipient: OrgRef | UserRef | null
      transfer_subject: (Ref & { class: string }) | null
    }
  | { class: 'NewBadgeNotificationDetails'; organization: OrgRef | null; kind: string }
  | {
      class: 'DiscussionNotificationDetails'
      status: 'new_discussion' | 'new_comment' | 'closed'
      discussion: { id: string; title: string; subject: { class: string; id: string } } | null
    }
  | {
      class: 'ValidateHarvesterNotificationDetails'
      source: { id: string; name: string; organization?: { id: string } | null } | null
      status: 'pending' | 'accepted' | 'refused'
    }
  | {
      class: 'ReuseCreatedNotificationDetails'
      reuse: Ref | null
      dataset: { id: string; title: string; organization?: { id: string } | null } | null
    }
  | {
      class: 'DataserviceCreatedNotificationDetails'
      dataservice: Ref | null
      dataset: { id: string; title: string; organization?: { id: string } | null } | null
    }

export type UdataNotification = {
  id: string
  created_at: string
  last_modified: string
  /** null while unread / pending */
  handled_at: string | null
  details: NotificationDetails | { class: string }
}
