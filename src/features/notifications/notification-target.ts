import { apiFetch } from '@/api/client'
import type { notificationMessages } from './messages'
import type { NotificationDetails, UdataNotification } from './types'

type Messages = (typeof notificationMessages)['fr']

/**
 * What a notification says, and where it is handled in the console: a path, or for a
 * discussion a path found on demand (its subject's organization is not in the notification).
 */
export type NotificationTarget = {
  text: string
  href: string | null
  resolveHref?: () => Promise<string | null>
}

const org = (id: string | undefined, section = '') =>
  id ? `/organizations/${id}${section ? `/${section}` : ''}` : null

const nameOf = (party: { name?: string; first_name?: string; last_name?: string } | null) =>
  party ? (party.name ?? `${party.first_name ?? ''} ${party.last_name ?? ''}`.trim()) : ''

function badgeLabel(t: Messages, kind: string): string {
  const labels: Record<string, string> = t.badgeKinds
  return labels[kind] ?? kind
}

function isKnown(details: UdataNotification['details']): details is NotificationDetails {
  return [
    'MembershipRequestNotificationDetails',
    'MembershipAcceptedNotificationDetails',
    'MembershipRefusedNotificationDetails',
    'TransferRequestNotificationDetails',
    'NewBadgeNotificationDetails',
    'DiscussionNotificationDetails',
    'ValidateHarvesterNotificationDetails',
    'ReuseCreatedNotificationDetails',
    'DataserviceCreatedNotificationDetails',
  ].includes(details.class)
}

/** The organization that owns a discussion's subject, for the console's discussion page. */
async function discussionHref(discussion: {
  id: string
  subject: { class: string; id: string }
}): Promise<string | null> {
  const kind =
    discussion.subject.class === 'Dataset'
      ? 'datasets'
      : discussion.subject.class === 'Reuse'
        ? 'reuses'
        : discussion.subject.class === 'Dataservice'
          ? 'dataservices'
          : null
  if (!kind) return null
  const subject = await apiFetch<{ organization?: { id: string } | null }>(
    `/api/2/${kind}/${encodeURIComponent(discussion.subject.id)}/`,
    { headers: { 'X-Fields': 'organization{id}' } },
  )
  return org(subject.organization?.id, `discussions/${discussion.id}`)
}

export function notificationTarget(n: UdataNotification, t: Messages): NotificationTarget {
  const d = n.details
  if (!isKnown(d)) return { text: t.unknown(d.class), href: null }
  switch (d.class) {
    case 'MembershipRequestNotificationDetails':
      return d.kind === 'invitation'
        ? { text: t.membershipInvitation(nameOf(d.request_organization)), href: null }
        : {
            text: t.membershipRequest(
              nameOf(d.request_user) || t.someone,
              nameOf(d.request_organization),
            ),
            href: org(d.request_organization?.id, 'members'),
          }
    case 'MembershipAcceptedNotificationDetails':
      return {
        text: t.membershipAccepted(nameOf(d.organization)),
        href: org(d.organization?.id),
      }
    case 'MembershipRefusedNotificationDetails':
      return { text: t.membershipRefused(nameOf(d.organization)), href: null }
    case 'TransferRequestNotificationDetails':
      return {
        text: t.transfer(
          nameOf(d.transfer_owner) || t.someone,
          d.transfer_subject?.title ?? t.deleted,
          nameOf(d.transfer_recipient),
        ),
        href:
          d.transfer_recipient?.class === 'Organization'
            ? org(d.transfer_recipient.id, 'transfers')
            : null,
      }
    case 'NewBadgeNotificationDetails':
      return {
        text: t.badge(nameOf(d.organization), badgeLabel(t, d.kind)),
        href: org(d.organization?.id),
      }
    case 'DiscussionNotificationDetails': {
      const discussion = d.discussion
      return {
        text: t.discussion[d.status](discussion?.title ?? t.deleted),
        href: null,
        resolveHref: discussion ? () => discussionHref(discussion) : undefined,
      }
    }
    case 'ValidateHarvesterNotificationDetails':
      return {
        text: t.harvester[d.status](d.source?.name ?? t.deleted),
        href: org(d.source?.organization?.id, 'harvesters'),
      }
    case 'ReuseCreatedNotificationDetails':
      return {
        text: t.reuseCreated(d.reuse?.title ?? t.deleted, d.dataset?.title ?? t.deleted),
        href: org(d.dataset?.organization?.id, 'review'),
      }
    case 'DataserviceCreatedNotificationDetails':
      return {
        text: t.dataserviceCreated(
          d.dataservice?.title ?? t.deleted,
          d.dataset?.title ?? t.deleted,
        ),
        href: d.dataservice
          ? org(d.dataset?.organization?.id, `dataservices/${d.dataservice.id}`)
          : null,
      }
  }
}
