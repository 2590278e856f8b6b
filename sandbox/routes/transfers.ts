// Transfers (udata/features/transfer/*, udata-api.md §4.9): an owner's admin proposes to move a
// dataset or reuse to another organization or user; the recipient's admin accepts or refuses.
import { isSysadmin, requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import { forbidden, json, notFound, plain, readJsonObject } from '../http.ts'
import { param } from '../lookup.ts'
import { handleNotifications, notify, organizationAdmins } from '../notifications.ts'
import type { Router } from '../router.ts'
import { userRef } from '../serialize.ts'
import {
  findTransferSubject,
  isTransferSubjectClass,
  moveSubject,
  ownerOf,
  partyRef,
  subjectRef,
} from '../transfer-subjects.ts'
import type { TransferDoc, TransferParty, UserDoc } from '../types.ts'
import { isRecord } from '../util.ts'

const STATUSES = ['pending', 'accepted', 'refused']

/** Admin of the party (an organization) or the party itself (a user); sysadmins pass. */
function actsFor(ctx: Ctx, user: UserDoc, party: TransferParty): boolean {
  if (isSysadmin(user)) return true
  if (party.class === 'User') return party.id === user.id
  return ctx.db.memberRole(party.id, user.id) === 'admin'
}

function serialize(ctx: Ctx, t: TransferDoc) {
  return {
    comment: t.comment,
    created: t.created,
    id: t.id,
    owner: partyRef(ctx, t.owner),
    recipient: partyRef(ctx, t.recipient),
    reponse_comment: t.reponse_comment,
    responded: t.responded,
    responder: t.responder ? userRef(ctx, ctx.db.usersById.get(t.responder)) : null,
    status: t.status,
    subject: subjectRef(ctx, t.subject),
    user: userRef(ctx, ctx.db.usersById.get(t.user)),
  }
}

/** Who hears of a transfer request: the recipient user, or every admin of the recipient org. */
function recipientUsers(ctx: Ctx, recipient: TransferParty): string[] {
  return recipient.class === 'User' ? [recipient.id] : organizationAdmins(ctx.db, recipient.id)
}

function readParty(value: unknown): TransferParty | null {
  if (!isRecord(value) || typeof value.id !== 'string') return null
  if (value.class !== 'Organization' && value.class !== 'User') return null
  return { class: value.class, id: value.id }
}

function findTransfer(ctx: Ctx): TransferDoc {
  const transfer = ctx.db.state.transfers.find((t) => t.id === param(ctx, 'id'))
  if (!transfer) throw notFound()
  return transfer
}

export function registerTransferRoutes(router: Router): void {
  router.get('/api/1/transfer/', (ctx) => {
    const user = requireUser(ctx.user)
    const q = ctx.url.searchParams
    const subject = q.get('subject')
    const subjectType = q.get('subject_type')
    const recipient = q.get('recipient')
    const status = q.get('status')
    if (!subject && !recipient)
      throw plain(400, 'Please provide at least a `subject` or a `recipient`')
    if (status && !STATUSES.includes(status))
      throw plain(400, `The value '${status}' is not a valid choice for 'status'.`)
    const items = ctx.db.state.transfers.filter(
      (t) =>
        (!subject || t.subject.id === subject) &&
        (!subjectType || t.subject.class === subjectType) &&
        (!recipient || t.recipient.id === recipient) &&
        (!status || t.status === status) &&
        (actsFor(ctx, user, t.owner) || actsFor(ctx, user, t.recipient)),
    )
    return json(items.map((t) => serialize(ctx, t)))
  })

  router.post('/api/1/transfer/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const subjectIn = isRecord(body.subject) ? body.subject : null
    const recipient = readParty(body.recipient)
    if (!subjectIn || !isTransferSubjectClass(subjectIn.class) || typeof subjectIn.id !== 'string')
      throw plain(400, 'Unknown subject')
    if (!recipient) throw plain(400, 'Unknown recipient')
    const subject = { class: subjectIn.class, id: subjectIn.id }
    const doc = findTransferSubject(ctx.db, subject)
    const owner = doc ? ownerOf(doc) : null
    if (!doc || !owner) throw notFound()
    const recipientExists =
      recipient.class === 'Organization'
        ? ctx.db.orgsById.has(recipient.id)
        : ctx.db.usersById.has(recipient.id)
    if (!recipientExists) throw notFound()
    if (!actsFor(ctx, user, owner)) throw forbidden()
    if (owner.class === recipient.class && owner.id === recipient.id)
      throw plain(400, 'Recipient should be different than the current owner')
    const transfer: TransferDoc = {
      id: ctx.db.newObjectId(),
      user: user.id,
      owner,
      recipient,
      subject,
      comment: typeof body.comment === 'string' && body.comment !== '' ? body.comment : null,
      created: ctx.db.tick(),
      status: 'pending',
      responded: null,
      responder: null,
      reponse_comment: null,
    }
    ctx.db.state.transfers.push(transfer)
    notify(ctx.db, recipientUsers(ctx, recipient), {
      class: 'TransferRequestNotificationDetails',
      transfer: transfer.id,
    })
    ctx.changed()
    return json(serialize(ctx, transfer), 201)
  })

  router.get('/api/1/transfer/:id/', (ctx) => {
    const user = requireUser(ctx.user)
    const transfer = findTransfer(ctx)
    if (!actsFor(ctx, user, transfer.owner) && !actsFor(ctx, user, transfer.recipient))
      throw forbidden()
    return json(serialize(ctx, transfer))
  })

  router.post('/api/1/transfer/:id/', async (ctx) => {
    const user = requireUser(ctx.user)
    const transfer = findTransfer(ctx)
    if (!actsFor(ctx, user, transfer.recipient)) throw forbidden()
    const body = await readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    if (body.response !== 'accept' && body.response !== 'refuse')
      throw plain(400, 'Unknown response')
    if (transfer.status !== 'pending') throw plain(400, 'Transfer already answered')
    const now = ctx.db.tick()
    transfer.status = body.response === 'accept' ? 'accepted' : 'refused'
    transfer.responded = now
    transfer.responder = user.id
    transfer.reponse_comment =
      typeof body.comment === 'string' && body.comment !== '' ? body.comment : null
    if (transfer.status === 'accepted') moveSubject(ctx.db, transfer.subject, transfer.recipient)
    handleNotifications(
      ctx.db,
      (n) =>
        n.details.class === 'TransferRequestNotificationDetails' &&
        n.details.transfer === transfer.id,
    )
    ctx.changed()
    return json(serialize(ctx, transfer))
  })
}
