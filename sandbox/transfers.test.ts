// Transfers (udata-api.md §4.9): propose, list, answer; accepting moves the subject and wipes
// its assignments; the recipient's admins are notified and the notification handled on answer.
import { describe, expect, it } from 'vitest'
import { arr, call, getList, keyOf, obj, orgOf, page, small } from './test-client.ts'

async function newReuse(sb: ReturnType<typeof small>, org: string) {
  const res = await call(sb, 'POST', '/api/1/reuses/', {
    key: keyOf(sb, 'admin'),
    json: {
      title: 'Réutilisation à transférer',
      description: 'Une réutilisation créée pour le test des transferts.',
      type: 'application',
      topic: 'others',
      url: 'https://example.com/app',
      organization: org,
    },
  })
  expect(res.status).toBe(201)
  return String(obj(res.body).id)
}

const unread = async (sb: ReturnType<typeof small>, account: string) =>
  page(
    (
      await call(sb, 'GET', '/api/1/notifications/?handled=false&page_size=100', {
        key: keyOf(sb, account),
      })
    ).body,
  ).data.filter((n) => obj(n.details).class === 'TransferRequestNotificationDetails')

describe('transfers', () => {
  it('an admin proposes, the recipient admin accepts, the reuse moves', async () => {
    const sb = small()
    const org = orgOf(sb)
    const region = orgOf(sb, 'other-org-member')
    const reuse = await newReuse(sb, org)
    const body = {
      subject: { class: 'Reuse', id: reuse },
      recipient: { class: 'Organization', id: region },
      comment: 'À vous',
    }
    expect(
      (await call(sb, 'POST', '/api/1/transfer/', { key: keyOf(sb, 'editor'), json: body })).status,
    ).toBe(403)
    const before = (await unread(sb, 'other-org-member')).length
    const created = await call(sb, 'POST', '/api/1/transfer/', {
      key: keyOf(sb, 'admin'),
      json: body,
    })
    expect(created.status).toBe(201)
    const transfer = obj(created.body)
    expect(transfer.status).toBe('pending')
    expect(obj(transfer.owner).id).toBe(org)
    expect(obj(transfer.owner).class).toBe('Organization')
    expect(obj(transfer.recipient).id).toBe(region)
    expect(obj(transfer.subject)).toMatchObject({ class: 'Reuse', id: reuse })
    expect(transfer).toHaveProperty('reponse_comment', null)

    // the recipient's admin is notified, with owner, recipient and subject refs
    const notes = await unread(sb, 'other-org-member')
    expect(notes.length).toBe(before + 1)
    const details = obj(notes[0]?.details)
    expect(obj(details.transfer_subject).id).toBe(reuse)
    expect(obj(details.transfer_owner).class).toBe('Organization')
    expect(obj(details.transfer_recipient).id).toBe(region)

    // both sides list it; an outsider sees nothing
    const incoming = await getList(
      sb,
      `/api/1/transfer/?recipient=${region}&status=pending`,
      keyOf(sb, 'other-org-member'),
    )
    expect(incoming.map((t) => obj(t).id)).toContain(transfer.id)
    const outgoing = await getList(sb, `/api/1/transfer/?subject=${reuse}`, keyOf(sb, 'admin'))
    expect(outgoing).toHaveLength(1)
    expect(
      await getList(sb, `/api/1/transfer/?subject=${reuse}`, keyOf(sb, 'no-organization')),
    ).toHaveLength(0)

    const path = `/api/1/transfer/${String(transfer.id)}/`
    // only the recipient answers
    expect(
      (await call(sb, 'POST', path, { key: keyOf(sb, 'admin'), json: { response: 'accept' } }))
        .status,
    ).toBe(403)
    const accepted = await call(sb, 'POST', path, {
      key: keyOf(sb, 'other-org-member'),
      json: { response: 'accept', comment: 'Merci' },
    })
    expect(accepted.status).toBe(200)
    // udata's field reads an attribute its model does not have: always null (sic)
    expect(obj(accepted.body)).toMatchObject({ status: 'accepted', reponse_comment: null })
    const moved = obj(
      (await call(sb, 'GET', `/api/1/reuses/${reuse}/`, { key: keyOf(sb, 'admin') })).body,
    )
    expect(obj(moved.organization).id).toBe(region)
    expect((await unread(sb, 'other-org-member')).length).toBe(before)
    // answered once only
    const again = await call(sb, 'POST', path, {
      key: keyOf(sb, 'other-org-member'),
      json: { response: 'refuse' },
    })
    expect(again.body).toEqual({ message: 'Cannot update transfer after accepting/refusing' })
    // the list follows the subject's current owner: the old owner's admin no longer sees it
    const list = (account: string) =>
      call(sb, 'GET', `/api/1/transfer/?subject=${reuse}`, { key: keyOf(sb, account) })
    expect(arr((await list('admin')).body)).toHaveLength(0)
    expect(arr((await list('other-org-member')).body)).toHaveLength(1)
  })

  it('refusing leaves the subject; list needs subject or recipient; GET one', async () => {
    const sb = small()
    const org = orgOf(sb)
    const region = orgOf(sb, 'other-org-member')
    const reuse = await newReuse(sb, org)
    const created = obj(
      (
        await call(sb, 'POST', '/api/1/transfer/', {
          key: keyOf(sb, 'admin'),
          json: {
            subject: { class: 'Reuse', id: reuse },
            recipient: { class: 'Organization', id: region },
          },
        })
      ).body,
    )
    const path = `/api/1/transfer/${String(created.id)}/`
    expect(obj((await call(sb, 'GET', path, { key: keyOf(sb, 'admin') })).body).id).toBe(created.id)
    // readable by anyone who has the id, as in udata
    expect((await call(sb, 'GET', path)).status).toBe(200)
    const refused = await call(sb, 'POST', path, {
      key: keyOf(sb, 'other-org-member'),
      json: { response: 'refuse', comment: 'Non' },
    })
    expect(obj(refused.body).status).toBe('refused')
    const still = obj((await call(sb, 'GET', `/api/1/reuses/${reuse}/`)).body)
    expect(obj(still.organization).id).toBe(org)
    expect((await call(sb, 'GET', '/api/1/transfer/', { key: keyOf(sb, 'admin') })).status).toBe(
      400,
    )
    expect(
      (await call(sb, 'GET', `/api/1/transfer/?subject=${reuse}&subject_type=Topic`)).status,
    ).toBe(400)
    const ghost = await call(sb, 'POST', '/api/1/transfer/', {
      key: keyOf(sb, 'admin'),
      json: {
        subject: { class: 'Reuse', id: '0123456789abcdef01234567' },
        recipient: { class: 'Organization', id: region },
      },
    })
    expect(ghost.body).toEqual({
      errors: { subject: 'Unkown subject id "0123456789abcdef01234567"' },
    })
    const self = await call(sb, 'POST', '/api/1/transfer/', {
      key: keyOf(sb, 'admin'),
      json: {
        subject: { class: 'Reuse', id: reuse },
        recipient: { class: 'Organization', id: org },
      },
    })
    expect(self.body).toEqual({ message: 'Recipient should be different than the current owner' })
  })

  it('accepting a dataset transfer wipes its partial-editor assignments', async () => {
    const sb = small()
    const org = orgOf(sb)
    const region = orgOf(sb, 'other-org-member')
    const assignments = () =>
      getList(sb, `/api/1/organizations/${org}/assignments/`, keyOf(sb, 'admin'))
    const assigned = (await assignments()).find((a) => obj(a.subject).class === 'Dataset')
    const id = String(obj(assigned?.subject).id)
    const created = obj(
      (
        await call(sb, 'POST', '/api/1/transfer/', {
          key: keyOf(sb, 'admin'),
          json: {
            subject: { class: 'Dataset', id },
            recipient: { class: 'Organization', id: region },
          },
        })
      ).body,
    )
    await call(sb, 'POST', `/api/1/transfer/${String(created.id)}/`, {
      key: keyOf(sb, 'other-org-member'),
      json: { response: 'accept' },
    })
    expect((await assignments()).some((a) => obj(a.subject).id === id)).toBe(false)
    const ds = obj(
      (await call(sb, 'GET', `/api/1/datasets/${id}/`, { key: keyOf(sb, 'other-org-member') }))
        .body,
    )
    expect(obj(ds.organization).id).toBe(region)
  })

  it('seeds an incoming and an outgoing pending transfer for the big organization', async () => {
    const sb = small()
    const org = orgOf(sb)
    const region = orgOf(sb, 'other-org-member')
    const pendingTo = (recipient: string) =>
      getList(sb, `/api/1/transfer/?recipient=${recipient}&status=pending`, keyOf(sb, 'admin'))
    const incoming = await pendingTo(org)
    expect(incoming.some((t) => obj(t.owner).id === region)).toBe(true)
    const outgoing = await pendingTo(region)
    expect(outgoing.some((t) => obj(t.owner).id === org)).toBe(true)
    expect((await unread(sb, 'admin')).length).toBeGreaterThan(0)
  })
})
