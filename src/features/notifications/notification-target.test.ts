import { describe, expect, it } from 'vitest'
import { notificationMessages } from './messages'
import { notificationTarget } from './notification-target'
import type { UdataNotification } from './types'

const t = notificationMessages.fr
const notification = (details: Record<string, unknown>): UdataNotification => ({
  id: 'n1',
  created_at: '2026-10-01T08:00:00+00:00',
  last_modified: '2026-10-01T08:00:00+00:00',
  handled_at: null,
  details: details as UdataNotification['details'],
})

describe('notificationTarget', () => {
  it('links each kind to the screen where it is handled', () => {
    const org = { id: 'o1', name: 'Région', class: 'Organization' }
    expect(
      notificationTarget(
        notification({
          class: 'MembershipRequestNotificationDetails',
          kind: 'request',
          request_organization: org,
          request_user: { id: 'u1', first_name: 'Yann', last_name: 'Le Gall' },
        }),
        t,
      ),
    ).toEqual({
      text: 'Yann Le Gall demande à rejoindre Région.',
      href: '/organizations/o1/members',
    })
    expect(
      notificationTarget(
        notification({
          class: 'TransferRequestNotificationDetails',
          transfer_owner: { id: 'o2', name: 'Ministère', class: 'Organization' },
          transfer_recipient: org,
          transfer_subject: { class: 'Reuse', id: 'r1', title: 'Carte' },
        }),
        t,
      ).href,
    ).toBe('/organizations/o1/transfers')
    expect(
      notificationTarget(
        notification({
          class: 'NewBadgeNotificationDetails',
          organization: org,
          kind: 'certified',
        }),
        t,
      ),
    ).toEqual({ text: 'Région a reçu le badge « Certifié ».', href: '/organizations/o1' })
    const dataset = { id: 'd1', title: 'Air', organization: { id: 'o1' } }
    expect(
      notificationTarget(
        notification({
          class: 'ReuseCreatedNotificationDetails',
          reuse: { id: 'r1', title: 'Carte' },
          dataset,
        }),
        t,
      ).href,
    ).toBe('/organizations/o1/review')
    expect(
      notificationTarget(
        notification({
          class: 'DataserviceCreatedNotificationDetails',
          dataservice: { id: 's1', title: 'API' },
          dataset,
        }),
        t,
      ).href,
    ).toBe('/organizations/o1/dataservices/s1')
    expect(
      notificationTarget(
        notification({
          class: 'ValidateHarvesterNotificationDetails',
          status: 'accepted',
          source: { id: 'h1', name: 'Moissonneur', organization: { id: 'o1' } },
        }),
        t,
      ).href,
    ).toBe('/organizations/o1/harvesters')
  })

  it('finds a discussion’s organization on demand; unknown kinds still show', () => {
    const discussion = notificationTarget(
      notification({
        class: 'DiscussionNotificationDetails',
        status: 'new_comment',
        discussion: { id: 'x1', title: 'Erreur', subject: { class: 'Dataset', id: 'd1' } },
      }),
      t,
    )
    expect(discussion.text).toBe('Nouveau message dans « Erreur ».')
    expect(discussion.resolveHref).toBeTypeOf('function')
    expect(notificationTarget(notification({ class: 'SomethingNew' }), t)).toEqual({
      text: 'Notification (SomethingNew).',
      href: null,
    })
  })
})
