// Seeded membership requests and invitations of the big organization: pending join requests,
// an invitation by e-mail (no account) and one to an existing user, some history, and the
// notifications udata would have sent. Its own random stream, so no other seeded object moved.
import type {
  DatasetDoc,
  MembershipRequestDoc,
  NotificationDoc,
  OrgDoc,
  UserDoc,
} from '../types.ts'
import { createRng, deriveSeed, int, isoDate, uuid } from '../util.ts'

const DAY = 86_400_000

const REQUEST_COMMENTS = [
  'Je travaille au service statistique et je publie nos séries mensuelles.',
  'Chargée de mission open data à la direction régionale, je souhaite mettre à jour nos jeux.',
  'Prestataire pour la DGEC : nous devons déposer les nouvelles ressources du bilan énergétique.',
]

export function seedMembershipRequests(
  seed: number,
  now: number,
  org: OrgDoc,
  /** six people who are not members of `org`, then one who is (whose request was accepted) */
  people: readonly UserDoc[],
  datasets: readonly DatasetDoc[],
): { requests: MembershipRequestDoc[]; notifications: NotificationDoc[] } {
  const rng = createRng(deriveSeed(seed, 'members'))
  const admins = org.members.filter((m) => m.role === 'admin').map((m) => m.user)
  const creator = admins[0] ?? null
  const requests: MembershipRequestDoc[] = []
  const notifications: NotificationDoc[] = []
  const at = (days: number) => isoDate(now - days * DAY - int(rng, 0, DAY - 1))
  const add = (fields: Partial<MembershipRequestDoc> & Pick<MembershipRequestDoc, 'kind'>) => {
    const created = at(int(rng, 2, 40))
    const handled = fields.status && fields.status !== 'pending'
    const request: MembershipRequestDoc = {
      id: uuid(rng),
      organization: org.id,
      user: null,
      email: null,
      status: 'pending',
      role: 'editor',
      comment: null,
      assignments: [],
      created,
      created_by: fields.kind === 'invitation' ? creator : (fields.user ?? null),
      handled_by: handled ? creator : null,
      handled_on: handled ? created : null,
      refusal_comment: null,
      ...fields,
    }
    requests.push(request)
    return request
  }
  const notice = (user: string, request: MembershipRequestDoc, handled: boolean) =>
    notifications.push({
      id: uuid(rng),
      created_at: request.created,
      last_modified: request.created,
      handled_at: handled ? request.created : null,
      user,
      details: {
        class: 'MembershipRequestNotificationDetails',
        request_organization: org.id,
        request_user: request.user,
        kind: request.kind,
        request_id: request.id,
      },
    })

  /** A join request, which udata notified to every admin (handled once answered). */
  const joinRequest = (fields: Partial<MembershipRequestDoc>) => {
    const request = add({ kind: 'request', ...fields })
    for (const admin of admins) notice(admin, request, request.status !== 'pending')
  }

  const [a, b, c, invitee, refused, canceled, accepted] = people
  ;[a, b, c].forEach((user, i) => {
    if (user) joinRequest({ user: user.id, comment: REQUEST_COMMENTS[i] ?? null })
  })
  add({
    kind: 'invitation',
    email: 'claire.martin@partenaire-energie.example.org',
    comment: 'Bienvenue dans l’équipe de publication du bilan énergétique.',
  })
  if (invitee) {
    const own = datasets.filter((d) => d.organization === org.id && !d.deleted).slice(0, 2)
    const invitation = add({
      kind: 'invitation',
      user: invitee.id,
      role: 'partial_editor',
      comment: 'Pour tenir à jour les deux jeux de données de la qualité de l’air.',
      assignments: own.map((d) => ({ class: 'Dataset', id: d.id })),
    })
    notice(invitee.id, invitation, false)
  }
  if (refused)
    joinRequest({
      user: refused.id,
      status: 'refused',
      comment: 'Je voudrais publier mes propres relevés.',
      refusal_comment: 'Les relevés citoyens se publient depuis votre compte personnel.',
    })
  if (canceled)
    add({
      kind: 'invitation',
      user: canceled.id,
      status: 'canceled',
      comment: 'Invitation envoyée par erreur.',
    })
  if (accepted) joinRequest({ user: accepted.id, status: 'accepted', comment: 'Rejoint le SDES.' })
  return {
    requests: requests.sort((x, y) => x.created.localeCompare(y.created)),
    notifications,
  }
}
