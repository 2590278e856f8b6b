// Transfers (udata/features/transfer/{api,actions}.py, udata-api.md §4.9): an owner's admin
// proposes to move a dataset or reuse to another organization or user; the recipient's admin
// accepts or refuses. Quirks kept: the API field `reponse_comment` (sic) reads an attribute the
// model does not have (it stores `response_comment`), so it is always null; a single transfer
// is readable by anyone; the list keeps what the subject's *current* owner's admins or the
// recipient's admins may see.
import { isSysadmin, requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
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
const SUBJECT_TYPES = ['Dataset', 'Reuse', 'Dataservice']

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
    reponse_comment: null,
    responded: t.responded,
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

/** `TransferPermission(subject)`: admin of the subject's current owner. */
function actsForSubject(ctx: Ctx, user: UserDoc | null, t: TransferDoc): boolean {
  const doc = findTransferSubject(ctx.db, t.subject)
  const owner = doc ? ownerOf(doc) : null
  return user !== null && owner !== null && actsFor(ctx, user, owner)
}

/** restx `ns.abort(400, errors=…)`: an `errors` object and no message. */
function unknown(field: 'subject' | 'recipient', id: unknown): http.HttpError {
  return new http.HttpError(
    http.json({ errors: { [field]: `Unkown ${field} id "${String(id)}"` } }, 400),
  )
}

function findTransfer(ctx: Ctx): TransferDoc {
  const transfer = ctx.db.state.transfers.find((t) => t.id === param(ctx, 'id'))
  if (!transfer) throw http.notFound()
  return transfer
}

export function registerTransferRoutes(router: Router): void {
  // Not secured: anonymous callers get an empty list (no permission passes).
  router.get('/api/1/transfer/', (ctx) => {
    const user = ctx.user
    const q = ctx.url.searchParams
    const subjectType = http.choiceArg(ctx.url, 'subject_type', SUBJECT_TYPES)
    const status = http.choiceArg(ctx.url, 'status', STATUSES)
    const subject = q.get('subject')
    const recipient = q.get('recipient')
    if (!subject && !recipient)
      throw http.plain(400, 'Please provide at least a `subject` or a `recipient`')
    const items = ctx.db.state.transfers.filter(
      (t) =>
        (!subject || t.subject.id === subject) &&
        (!subjectType || t.subject.class === subjectType) &&
        (!recipient || t.recipient.id === recipient) &&
        (!status || t.status === status) &&
        (actsForSubject(ctx, user, t) || (user !== null && actsFor(ctx, user, t.recipient))),
    )
    return http.json(items.map((t) => serialize(ctx, t)))
  })

  router.post('/api/1/transfer/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const subjectIn = isRecord(body.subject) ? body.subject : null
    const recipient = readParty(body.recipient)
    if (!subjectIn || !isTransferSubjectClass(subjectIn.class) || typeof subjectIn.id !== 'string')
      throw unknown('subject', subjectIn?.id)
    const subject = { class: subjectIn.class, id: subjectIn.id }
    const doc = findTransferSubject(ctx.db, subject)
    const owner = doc ? ownerOf(doc) : null
    if (!doc || !owner) throw unknown('subject', subject.id)
    const recipientExists =
      recipient?.class === 'Organization'
        ? ctx.db.orgsById.has(recipient.id)
        : recipient !== null && ctx.db.usersById.has(recipient.id)
    if (!recipient || !recipientExists)
      throw unknown('recipient', isRecord(body.recipient) ? body.recipient.id : undefined)
    if (!actsFor(ctx, user, owner)) throw http.forbidden()
    if (owner.class === recipient.class && owner.id === recipient.id)
      throw http.plain(400, 'Recipient should be different than the current owner')
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
      response_comment: null,
    }
    ctx.db.state.transfers.push(transfer)
    notify(ctx.db, recipientUsers(ctx, recipient), {
      class: 'TransferRequestNotificationDetails',
      transfer: transfer.id,
    })
    ctx.changed()
    return http.json(serialize(ctx, transfer), 201)
  })

  // No permission check in udata: anyone who knows the id reads it.
  router.get('/api/1/transfer/:id/', (ctx) => http.json(serialize(ctx, findTransfer(ctx))))

  router.post('/api/1/transfer/:id/', async (ctx) => {
    const user = requireUser(ctx.user)
    const transfer = findTransfer(ctx)
    // udata checks the status first, then (in accept/refuse) the permission
    if (transfer.status !== 'pending')
      throw http.plain(400, 'Cannot update transfer after accepting/refusing')
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    if (body.response !== 'accept' && body.response !== 'refuse') throw http.plain(400, '')
    if (!actsFor(ctx, user, transfer.recipient)) throw http.forbidden()
    const now = ctx.db.tick()
    transfer.status = body.response === 'accept' ? 'accepted' : 'refused'
    transfer.responded = now
    transfer.responder = user.id
    transfer.response_comment =
      typeof body.comment === 'string' && body.comment !== '' ? body.comment : null
    if (transfer.status === 'accepted') moveSubject(ctx.db, transfer.subject, transfer.recipient)
    handleNotifications(
      ctx.db,
      (n) =>
        n.details.class === 'TransferRequestNotificationDetails' &&
        n.details.transfer === transfer.id,
    )
    ctx.changed()
    return http.json(serialize(ctx, transfer))
  })
}
