// Members, invitations, membership requests and assignments (udata-api-admin.md §1, §9.2–4).
import { describe, expect, it } from 'vitest'
import type { Sandbox } from './app.ts'
import { arr, call, getList, keyOf, obj, orgOf, small } from './test-client.ts'

type Member = {
  user: { id: string; email: string | null; last_login_at: string | null }
  role: string
}

async function newUser(sb: Sandbox, json: Record<string, unknown> = {}) {
  const res = await call(sb, 'POST', '/_sandbox/users', { json })
  expect(res.status).toBe(201)
  return obj(res.body) as { api_key: string; user_id: string; email: string }
}

async function orgDatasets(sb: Sandbox, org: string, key: string): Promise<string[]> {
  const res = await call(sb, 'GET', `/api/1/organizations/${org}/datasets/?page_size=5`, { key })
  return arr(obj(res.body).data).map((d) => String(obj(d).id))
}

/** A fresh user invited (by id) and accepted into `org` with `role`. */
async function joined(sb: Sandbox, org: string, role: string, assignments: unknown[] = []) {
  const admin = keyOf(sb, 'admin')
  const user = await newUser(sb)
  const invited = await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
    key: admin,
    json: { user: user.user_id, role, assignments },
  })
  expect(invited.status).toBe(201)
  const id = String(obj(invited.body).id)
  const accepted = await call(sb, 'POST', `/api/1/me/org_invitations/${id}/accept/`, {
    key: user.api_key,
  })
  expect(accepted.body).toEqual({ message: 'Invitation accepted' })
  return user
}

describe('members: roles and what the API reveals of e-mails', () => {
  it('lists the roles with their labels', async () => {
    const sb = small()
    const res = await call(sb, 'GET', '/api/1/organizations/roles/?lang=en')
    expect(res.body).toEqual([
      { id: 'admin', label: 'Administrator' },
      { id: 'editor', label: 'Editor' },
      { id: 'partial_editor', label: 'Partial editor' },
    ])
  })

  it('masks e-mails ad***@ with last login for members on the detail only, ***@ elsewhere', async () => {
    const sb = small()
    const org = orgOf(sb)
    const detail = async (key?: string) =>
      arr(
        obj((await call(sb, 'GET', `/api/1/organizations/${org}/`, { key })).body).members,
      ) as Member[]
    const asMember = await detail(keyOf(sb, 'editor'))
    const first = asMember[0] as Member
    expect(first.user.email).toMatch(/^[^*@]{2}\**@example\.gouv\.fr$/)
    expect(first.user.last_login_at).not.toBeNull()
    for (const other of [await detail(keyOf(sb, 'no-organization')), await detail()]) {
      expect(other.every((m) => /^\*\*\*@/.test(String(m.user.email)))).toBe(true)
      expect(other.every((m) => m.user.last_login_at === null)).toBe(true)
    }
    // the org lists mask everything, members included
    const list = obj(
      (await call(sb, 'GET', '/api/1/organizations/', { key: keyOf(sb, 'admin') })).body,
    )
    const listed = arr(list.data)
      .map(obj)
      .find((o) => o.id === org)
    expect((arr(listed?.members) as Member[]).every((m) => m.user.last_login_at === null)).toBe(
      true,
    )
  })
})

describe('members: change role, remove', () => {
  it('changes a role (masked answer), refuses a bad role, 404 for a non-member, 403 for an editor', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const user = await joined(sb, org, 'editor')
    const path = `/api/1/organizations/${org}/member/${user.user_id}/`
    const bad = await call(sb, 'PUT', path, { key: admin, json: { role: 'owner' } })
    expect(bad.status).toBe(400)
    expect(obj(bad.body).errors).toEqual({
      role: "'owner' is not a valid choice. Valid choices: ['admin', 'editor', 'partial_editor']",
    })
    const ok = await call(sb, 'PUT', path, { key: admin, json: { role: 'admin' } })
    expect(ok.status).toBe(200)
    const answered = obj(ok.body) as Member
    expect(answered.role).toBe('admin')
    expect(answered.user.email).toMatch(/^\*\*\*@/)
    expect(answered.user.last_login_at).toBeNull()
    expect(
      (await call(sb, 'PUT', path, { key: keyOf(sb, 'editor'), json: { role: 'editor' } })).status,
    ).toBe(403)
    const outsider = keyOf(sb, 'no-organization')
    const me = obj((await call(sb, 'GET', '/api/1/me/', { key: outsider })).body)
    expect(
      (
        await call(sb, 'PUT', `/api/1/organizations/${org}/member/${String(me.id)}/`, {
          key: admin,
          json: { role: 'editor' },
        })
      ).status,
    ).toBe(404)
  })

  it('wipes a partial editor’s assignments when the role changes or the member is removed', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const [d1, d2] = await orgDatasets(sb, org, admin)
    const user = await joined(sb, org, 'partial_editor', [{ class: 'Dataset', id: d1 }])
    const mine = async () =>
      (await getList(sb, `/api/1/organizations/${org}/assignments/`, admin)).filter(
        (a) => obj(a.user).id === user.user_id,
      )
    expect(await mine()).toHaveLength(1)
    const edit = async () =>
      obj((await call(sb, 'GET', `/api/1/datasets/${d1}/`, { key: user.api_key })).body).permissions
    expect(obj(await edit()).edit).toBe(true)
    const path = `/api/1/organizations/${org}/member/${user.user_id}/`
    await call(sb, 'PUT', path, { key: admin, json: { role: 'editor' } })
    expect(await mine()).toHaveLength(0)
    await call(sb, 'PUT', path, { key: admin, json: { role: 'partial_editor' } })
    expect(obj(await edit()).edit).toBe(false)
    await call(sb, 'PUT', `${path}assignments/`, {
      key: admin,
      json: [{ class: 'Dataset', id: d2 }],
    })
    expect(await mine()).toHaveLength(1)
    // no last-admin guard, and removal wipes the assignments
    expect((await call(sb, 'DELETE', path, { key: admin })).status).toBe(204)
    expect(await mine()).toHaveLength(0)
    expect((await call(sb, 'DELETE', path, { key: admin })).status).toBe(404)
  })
})

describe('members: invitations', () => {
  it('answers udata’s field errors, assignments first', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const invite = async (json: Record<string, unknown>) => {
      const res = await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
        key: admin,
        json,
      })
      expect(res.status).toBe(400)
      return obj(obj(res.body).errors)
    }
    const me = obj((await call(sb, 'GET', '/api/1/me/', { key: keyOf(sb, 'editor') })).body)
    const outsider = await newUser(sb)
    expect(await invite({ role: 'editor' })).toEqual({ user: 'Either user or email is required' })
    expect(await invite({ user: outsider.user_id, email: 'a@b.fr' })).toEqual({
      user: 'Cannot provide both user and email',
    })
    expect(await invite({ user: '0123456789abcdef01234567' })).toEqual({
      user: "Unknown user '0123456789abcdef01234567'",
    })
    expect(await invite({ email: 'nope' })).toEqual({ email: 'Invalid email address' })
    expect(await invite({ user: outsider.user_id, role: 'owner' })).toEqual({
      role: "Invalid role 'owner'",
    })
    expect(await invite({ user: String(me.id) })).toEqual({ user: 'User is already a member' })
    const [dataset] = await orgDatasets(sb, org, admin)
    expect(
      await invite({
        user: outsider.user_id,
        role: 'editor',
        assignments: [{ class: 'Dataset', id: dataset }],
      }),
    ).toEqual({ assignments: 'Assignments can only be set for partial_editor role' })
    // a bad assignment hides the duplicate check
    expect(
      await invite({
        user: String(me.id),
        role: 'partial_editor',
        assignments: [{ class: 'Topic', id: dataset }],
      }),
    ).toEqual({ assignments: "Invalid object class 'Topic'" })
    expect(
      await invite({
        user: outsider.user_id,
        role: 'partial_editor',
        assignments: [{ class: 'Dataset', id: 'x' }],
      }),
    ).toEqual({ assignments: "Dataset 'x' not found" })
    expect(
      await invite({ user: outsider.user_id, role: 'partial_editor', assignments: 'all' }),
    ).toEqual({
      assignments: 'Expected a list of {class, id} objects',
    })
    const other = obj(
      (await call(sb, 'GET', `/api/1/organizations/${orgOf(sb, 'other-org-member')}/datasets/`))
        .body,
    )
    const foreign = String(obj(arr(other.data)[0]).id)
    expect(
      await invite({
        user: outsider.user_id,
        role: 'partial_editor',
        assignments: [{ class: 'Dataset', id: foreign }],
      }),
    ).toEqual({ assignments: `Dataset '${foreign}' does not belong to this organization` })
    expect(
      await invite({
        user: outsider.user_id,
        role: 'partial_editor',
        assignments: [{ class: 'Dataservice', id: foreign }],
      }),
    ).toEqual({ assignments: `Dataservice '${foreign}' not found` })
    // duplicates
    const first = await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
      key: admin,
      json: { user: outsider.user_id },
    })
    expect(first.status).toBe(201)
    expect(await invite({ user: outsider.user_id })).toEqual({
      user: 'A request or invitation is already pending for this user',
    })
    await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
      key: admin,
      json: { email: 'New.Person@example.org' },
    })
    expect(await invite({ email: 'new.person@EXAMPLE.org' })).toEqual({
      email: 'An invitation is already pending for this email',
    })
    expect(
      (
        await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
          key: keyOf(sb, 'editor'),
          json: { email: 'x@y.fr' },
        })
      ).status,
    ).toBe(403)
  })

  it('binds an e-mail to its account, notifies the invitee, who accepts with the role and assignments', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const user = await newUser(sb, { email: 'Jeanne.Invitee@example.org' })
    const [d1, d2] = await orgDatasets(sb, org, admin)
    const res = await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
      key: admin,
      json: {
        email: 'jeanne.invitee@example.org',
        role: 'partial_editor',
        comment: 'Bienvenue',
        assignments: [
          { class: 'Dataset', id: d1 },
          { class: 'Dataset', id: d2 },
        ],
      },
    })
    expect(res.status).toBe(201)
    const invitation = obj(res.body)
    expect(invitation).toMatchObject({
      kind: 'invitation',
      status: 'pending',
      email: null,
      role: 'partial_editor',
    })
    expect(obj(invitation.user)).toMatchObject({
      id: user.user_id,
      email: '***@example.org',
      last_login_at: null,
    })
    expect(invitation).not.toHaveProperty('created_by')
    const notes = obj(
      (await call(sb, 'GET', '/api/1/notifications/?handled=false', { key: user.api_key })).body,
    )
    expect(arr(notes.data).map((n) => obj(obj(n).details).kind)).toEqual(['invitation'])
    const mine = await getList(sb, '/api/1/me/org_invitations/', user.api_key)
    expect(mine).toHaveLength(1)
    expect(obj(mine[0]?.organization).id).toBe(org)
    expect(mine[0]?.assignments).toHaveLength(2)
    const id = String(invitation.id)
    // the org cannot accept it for the invitee
    expect(
      (
        await call(sb, 'POST', `/api/1/organizations/${org}/membership/${id}/accept/`, {
          key: admin,
        })
      ).status,
    ).toBe(400)
    const other = await newUser(sb)
    expect(
      (await call(sb, 'POST', `/api/1/me/org_invitations/${id}/accept/`, { key: other.api_key }))
        .status,
    ).toBe(404)
    expect(
      (await call(sb, 'POST', `/api/1/me/org_invitations/${id}/accept/`, { key: user.api_key }))
        .status,
    ).toBe(200)
    expect(
      (await call(sb, 'POST', `/api/1/me/org_invitations/${id}/accept/`, { key: user.api_key }))
        .body,
    ).toEqual({
      message: 'Invitation is not pending',
    })
    const me = obj((await call(sb, 'GET', '/api/1/me/', { key: user.api_key })).body)
    expect(arr(me.organizations).map((o) => obj(o).id)).toContain(org)
    for (const d of [d1, d2])
      expect(
        obj(
          obj((await call(sb, 'GET', `/api/1/datasets/${d}/`, { key: user.api_key })).body)
            .permissions,
        ).edit,
      ).toBe(true)
    const after = obj(
      (await call(sb, 'GET', '/api/1/notifications/?handled=false', { key: user.api_key })).body,
    )
    expect(after.total).toBe(0)
  })

  it('matches an e-mail invitation when the account is created; cancel only pending invitations', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const res = await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
      key: admin,
      json: { email: 'later@example.org' },
    })
    expect(obj(res.body)).toMatchObject({ user: null, email: 'later@example.org', role: 'editor' })
    const user = await newUser(sb, { email: 'later@example.org' })
    const mine = await getList(sb, '/api/1/me/org_invitations/', user.api_key)
    expect(mine).toHaveLength(1)
    const id = String(obj(res.body).id)
    const cancel = `/api/1/organizations/${org}/membership/${id}/cancel/`
    expect((await call(sb, 'POST', cancel, { key: admin })).body).toEqual({})
    expect((await call(sb, 'POST', cancel, { key: admin })).body).toEqual({
      message: 'Only pending invitations can be canceled',
    })
    expect(await getList(sb, '/api/1/me/org_invitations/', user.api_key)).toHaveLength(0)
    const refused = await call(sb, 'POST', `/api/1/organizations/${org}/member/`, {
      key: admin,
      json: { user: user.user_id },
    })
    const refuseId = String(obj(refused.body).id)
    expect(
      (
        await call(sb, 'POST', `/api/1/me/org_invitations/${refuseId}/refuse/`, {
          key: user.api_key,
        })
      ).body,
    ).toEqual({
      message: 'Invitation refused',
    })
  })
})

describe('members: membership requests', () => {
  it('lists the whole history unless status=, masked ad***@, admin only except for one’s own', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const all = await getList(sb, `/api/1/organizations/${org}/membership/`, admin)
    const statuses = new Set(all.map((r) => r.status))
    expect([...statuses].sort()).toEqual(['accepted', 'canceled', 'pending', 'refused'])
    const pending = await getList(
      sb,
      `/api/1/organizations/${org}/membership/?status=pending`,
      admin,
    )
    expect(pending.filter((r) => r.kind === 'request')).toHaveLength(3)
    expect(pending.filter((r) => r.kind === 'invitation')).toHaveLength(2)
    const withUser = pending.find((r) => r.user !== null)
    expect(String(obj(withUser?.user).email)).toMatch(/^[^*]{2}\**@/)
    expect(all[0]).not.toHaveProperty('refusal_comment')
    expect(await getList(sb, `/api/1/organizations/${org}/membership/?status=nope`, admin)).toEqual(
      [],
    )
    const editor = keyOf(sb, 'editor')
    expect(
      (await call(sb, 'GET', `/api/1/organizations/${org}/membership/`, { key: editor })).status,
    ).toBe(403)
    const me = obj((await call(sb, 'GET', '/api/1/me/', { key: editor })).body)
    expect(
      (
        await call(sb, 'GET', `/api/1/organizations/${org}/membership/?user=${String(me.id)}`, {
          key: editor,
        })
      ).status,
    ).toBe(200)
  })

  it('a request notifies the admins; accepting makes an editor (409 when already one), handles the notification', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const user = await newUser(sb)
    const path = `/api/1/organizations/${org}/membership/`
    const missing = await call(sb, 'POST', path, { key: user.api_key, json: {} })
    expect(obj(missing.body).errors).toEqual({
      comment: "'comment' is required when 'kind' is 'request'",
    })
    const created = await call(sb, 'POST', path, {
      key: user.api_key,
      json: { comment: 'Bonjour' },
    })
    expect(created.status).toBe(201)
    const again = await call(sb, 'POST', path, { key: user.api_key, json: { comment: 'Relance' } })
    expect(again.status).toBe(200)
    expect(obj(again.body)).toMatchObject({
      id: obj(created.body).id,
      comment: 'Relance',
      kind: 'request',
    })
    const id = String(obj(created.body).id)
    const unread = async () =>
      arr(
        obj(
          (
            await call(sb, 'GET', '/api/1/notifications/?handled=false&page_size=100', {
              key: admin,
            })
          ).body,
        ).data,
      )
        .map((n) => obj(obj(n).details))
        .filter((d) => d.kind === 'request' && obj(d.request_user).id === user.user_id)
    expect(await unread()).toHaveLength(1)
    expect((await call(sb, 'POST', `${path}nope/accept/`, { key: admin })).body).toEqual({
      message: 'Unknown membership request id',
    })
    const accepted = await call(sb, 'POST', `${path}${id}/accept/`, { key: admin })
    expect(accepted.status).toBe(200)
    expect(obj(accepted.body).role).toBe('editor')
    expect(await unread()).toHaveLength(0)
    expect((await call(sb, 'POST', `${path}${id}/accept/`, { key: admin })).status).toBe(409)
    const notes = obj((await call(sb, 'GET', '/api/1/notifications/', { key: user.api_key })).body)
    expect(arr(notes.data).map((n) => obj(obj(n).details).class)).toContain(
      'MembershipAcceptedNotificationDetails',
    )
  })

  it('refusing needs a comment; invitations go through cancel', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const user = await newUser(sb)
    const path = `/api/1/organizations/${org}/membership/`
    const id = String(
      obj((await call(sb, 'POST', path, { key: user.api_key, json: { comment: 'Hello' } })).body)
        .id,
    )
    const bare = await call(sb, 'POST', `${path}${id}/refuse/`, { key: admin, json: {} })
    expect(bare.body).toEqual({
      errors: { comment: 'Comment is required' },
      message: 'Comment is required',
    })
    expect((await call(sb, 'POST', `${path}${id}/cancel/`, { key: admin })).body).toEqual({
      message: 'Only invitations can be canceled',
    })
    expect(
      (await call(sb, 'POST', `${path}${id}/refuse/`, { key: admin, json: { comment: 'Non' } }))
        .body,
    ).toEqual({})
    const mine = await getList(sb, `${path}?user=${user.user_id}`, user.api_key)
    expect(mine.map((r) => r.status)).toEqual(['refused'])
    const invitation = (await getList(sb, `${path}?status=pending`, admin)).find(
      (r) => r.kind === 'invitation',
    )
    expect(
      (
        await call(sb, 'POST', `${path}${String(invitation?.id)}/refuse/`, {
          key: admin,
          json: { comment: 'x' },
        })
      ).body,
    ).toEqual({
      message: 'Use the cancel endpoint for invitations',
    })
  })
})

describe('members: assignments', () => {
  it('serves udata’s Assignment documents and replaces a partial editor’s set whole', async () => {
    const sb = small()
    const org = orgOf(sb)
    const admin = keyOf(sb, 'admin')
    const list = await getList(sb, `/api/1/organizations/${org}/assignments/`, admin)
    expect(list.length).toBeGreaterThan(0)
    const first = list[0] as Record<string, unknown>
    expect(Object.keys(first).sort()).toEqual([
      'created_at',
      'id',
      'organization',
      'subject',
      'user',
    ])
    expect(obj(first.subject)).toHaveProperty('title')
    expect(String(first.id)).toMatch(/^[0-9a-f]{24}$/)
    expect(
      (
        await call(sb, 'GET', `/api/1/organizations/${org}/assignments/`, {
          key: keyOf(sb, 'editor'),
        })
      ).status,
    ).toBe(403)
    const editor = obj((await call(sb, 'GET', '/api/1/me/', { key: keyOf(sb, 'editor') })).body)
    const notPartial = await call(
      sb,
      'PUT',
      `/api/1/organizations/${org}/member/${String(editor.id)}/assignments/`,
      {
        key: admin,
        json: [],
      },
    )
    expect(notPartial.body).toEqual({
      message: 'User must be a partial_editor member of this organization',
    })
    const [d1, d2, d3] = await orgDatasets(sb, org, admin)
    const user = await joined(sb, org, 'partial_editor', [{ class: 'Dataset', id: d1 }])
    const put = (json: unknown) =>
      call(sb, 'PUT', `/api/1/organizations/${org}/member/${user.user_id}/assignments/`, {
        key: admin,
        json,
      })
    const bad = await put({ class: 'Dataset', id: d1 })
    expect(obj(bad.body).errors).toEqual({ assignments: 'Expected a list of {class, id} objects' })
    const set = await put([
      { class: 'Dataset', id: d2 },
      { class: 'Dataset', id: d3 },
    ])
    expect(set.status).toBe(200)
    expect(
      arr(set.body)
        .map((a) => obj(obj(a).subject).id)
        .sort(),
    ).toEqual([d2, d3].sort())
    expect(arr((await put([])).body)).toEqual([])
  })
})
