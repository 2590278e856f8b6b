// Seeded transfers: two pending ones (one incoming from Région Bretagne, one outgoing to it), with
// the notifications udata sent their recipients. Its own random stream, so adding it moved no
// other seeded object.
import type { DatasetDoc, NotificationDoc, OrgDoc, State, TransferDoc } from '../types.ts'
import { createRng, deriveSeed, isoDate, objectId, pick, uuid } from '../util.ts'

const DAY = 86_400_000

function publicDatasetsOf(state: State, org: OrgDoc): DatasetDoc[] {
  return state.datasets.filter((d) => d.organization === org.id && !d.private && !d.deleted)
}

const pickOne = <T>(rng: () => number, items: readonly T[]): T | undefined =>
  items.length > 0 ? pick(rng, items) : undefined

export function seedTransfers(
  state: State,
  seed: number,
  now: number,
  big: OrgDoc,
  region: OrgDoc,
): void {
  const rng = createRng(deriveSeed(seed, 'transfers'))
  const adminOf = (org: OrgDoc) => org.members.filter((m) => m.role === 'admin').map((m) => m.user)
  const propose = (
    from: OrgDoc,
    to: OrgDoc,
    dataset: DatasetDoc | undefined,
    comment: string,
    daysAgo: number,
  ) => {
    const requester = adminOf(from)[0]
    if (!dataset || !requester) return
    const created = now - daysAgo * DAY
    const transfer: TransferDoc = {
      id: objectId(rng, created),
      user: requester,
      owner: { class: 'Organization', id: from.id },
      recipient: { class: 'Organization', id: to.id },
      subject: { class: 'Dataset', id: dataset.id },
      comment,
      created: isoDate(created),
      status: 'pending',
      responded: null,
      responder: null,
      response_comment: null,
    }
    state.transfers.push(transfer)
    for (const user of adminOf(to)) {
      const notification: NotificationDoc = {
        id: uuid(rng),
        created_at: transfer.created,
        last_modified: transfer.created,
        handled_at: null,
        user,
        details: { class: 'TransferRequestNotificationDetails', transfer: transfer.id },
      }
      state.notifications.push(notification)
    }
  }
  propose(
    region,
    big,
    pickOne(rng, publicDatasetsOf(state, region)),
    'Ce jeu relève désormais de la compétence de l’État : nous vous proposons de le reprendre.',
    3,
  )
  propose(
    big,
    region,
    pickOne(rng, publicDatasetsOf(state, big)),
    'La Région gère maintenant ces données ; merci d’accepter le transfert.',
    6,
  )
  state.notifications.sort((a, b) => b.created_at.localeCompare(a.created_at))
}
