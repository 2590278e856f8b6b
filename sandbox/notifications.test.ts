// Notifications (udata 14.3.0+): the caller's own, paged, `handled` filter, read route, and the
// discussion notifications udata sends to participants and the subject's organization members.
import { describe, expect, it } from 'vitest'
import { call, keyOf, obj, orgOf, page, small } from './test-client.ts'

describe('notifications', () => {
  it('lists only the caller’s own, newest first, with the handled filter and a DB page', async () => {
    const sb = small()
    const admin = keyOf(sb, 'admin')
    const all = page(
      (await call(sb, 'GET', '/api/1/notifications/?page_size=100', { key: admin })).body,
    )
    expect(all.total).toBeGreaterThan(0)
    const me = obj((await call(sb, 'GET', '/api/1/me/', { key: admin })).body)
    expect(all.data.every((n) => obj(n.user).id === me.id)).toBe(true)
    const dates = all.data.map((n) => String(n.created_at))
    expect([...dates].sort().reverse()).toEqual(dates)
    const unread = page(
      (await call(sb, 'GET', '/api/1/notifications/?handled=false&page_size=100', { key: admin }))
        .body,
    )
    expect(unread.total).toBeGreaterThan(0)
    expect(unread.total).toBeLessThan(all.total)
    expect(unread.data.every((n) => n.handled_at === null)).toBe(true)
    // the discussion is embedded whole, as udata does
    const discussion = unread.data.find(
      (n) => obj(n.details).class === 'DiscussionNotificationDetails',
    )
    expect(obj(obj(discussion?.details).discussion)).toHaveProperty('subject')
    expect((await call(sb, 'GET', '/api/1/notifications/?page=999', { key: admin })).status).toBe(
      404,
    )
    expect((await call(sb, 'GET', '/api/1/notifications/')).status).toBe(401)
    expect((await call(sb, 'GET', '/api/1/notifications/?sort=title', { key: admin })).status).toBe(
      400,
    )
  })

  it('marks one read; another user’s is 403', async () => {
    const sb = small()
    const admin = keyOf(sb, 'admin')
    const unread = page(
      (await call(sb, 'GET', '/api/1/notifications/?handled=false', { key: admin })).body,
    )
    const id = String(unread.data[0]?.id)
    expect(
      (
        await call(sb, 'POST', `/api/1/notifications/${id}/read/`, {
          key: keyOf(sb, 'no-organization'),
        })
      ).status,
    ).toBe(403)
    const read = await call(sb, 'POST', `/api/1/notifications/${id}/read/`, { key: admin })
    expect(read.status).toBe(200)
    expect(obj(read.body).handled_at).not.toBeNull()
    const after = page(
      (await call(sb, 'GET', '/api/1/notifications/?handled=false', { key: admin })).body,
    )
    expect(after.total).toBe(unread.total - 1)
  })

  it('a new discussion notifies every member of the subject’s organization but its author; replying handles the author’s own', async () => {
    const sb = small()
    const org = orgOf(sb)
    const datasets = page((await call(sb, 'GET', `/api/2/datasets/?organization=${org}`)).body)
    const subject = { class: 'Dataset', id: String(datasets.data[0]?.id) }
    const outsider = keyOf(sb, 'no-organization')
    const unreadCount = async (key: string) =>
      page((await call(sb, 'GET', '/api/1/notifications/?handled=false', { key })).body).total
    const adminBefore = await unreadCount(keyOf(sb, 'admin'))
    const partialBefore = await unreadCount(keyOf(sb, 'partial-editor'))
    const created = await call(sb, 'POST', '/api/1/discussions/', {
      key: outsider,
      json: { title: 'Question', comment: 'Bonjour', subject },
    })
    expect(created.status).toBe(201)
    expect(await unreadCount(keyOf(sb, 'admin'))).toBe(adminBefore + 1)
    // any role, partial editors included
    expect(await unreadCount(keyOf(sb, 'partial-editor'))).toBe(partialBefore + 1)
    expect(await unreadCount(outsider)).toBe(0)
    // the admin replies: their notification on it is handled; the author hears of the reply
    const id = String(obj(created.body).id)
    await call(sb, 'POST', `/api/1/discussions/${id}/`, {
      key: keyOf(sb, 'admin'),
      json: { comment: 'Réponse' },
    })
    expect(await unreadCount(keyOf(sb, 'admin'))).toBe(adminBefore)
    const mine = page(
      (await call(sb, 'GET', '/api/1/notifications/?handled=false', { key: outsider })).body,
    )
    expect(mine.total).toBe(1)
    expect(obj(mine.data[0]?.details)).toMatchObject({ status: 'new_comment' })
    // deleting the discussion deletes its notifications
    await call(sb, 'DELETE', `/api/1/discussions/${id}/`, { key: outsider })
    expect(await unreadCount(keyOf(sb, 'partial-editor'))).toBe(partialBefore)
  })
})
