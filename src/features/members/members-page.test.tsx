import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderRoute } from '@/test/render'
import { sandboxCall, startSignedIn } from '@/test/sandbox'

describe('MembersPage', () => {
  it('shows the members read-only to an editor, without asking for the admin-only lists', async () => {
    const { organizationId } = startSignedIn('editor')
    const asked: string[] = []
    const sandboxFetch = globalThis.fetch
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(input instanceof Request ? input.url : String(input))
      return sandboxFetch(input, init)
    })
    renderRoute(`/organizations/${organizationId}/members`)
    const table = await screen.findByRole('table', { name: 'Membres de l’organisation' })
    expect(within(table).getByText(/\(vous\)/)).toBeInTheDocument()
    expect(screen.getByText(/vous voyez la liste en lecture seule/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Changer le rôle de/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Inviter une personne' })).not.toBeInTheDocument()
    // The e-mails as udata shows them to a member of the organization
    expect(within(table).getAllByText(/^[^*@]{2}\*+@example\.gouv\.fr$/).length).toBeGreaterThan(0)
    // an editor would get 403s for the requests, invitations and assignments
    expect(asked.some((url) => url.includes('/api/1/organizations/'))).toBe(true)
    expect(asked.filter((url) => /\/(membership|assignments)\//.test(url))).toEqual([])
  }, 30_000)

  it('puts udata’s refusal of an invitation on the e-mail field', async () => {
    const { sandbox, organizationId } = startSignedIn('admin')
    const editor = sandbox.accounts.find((candidate) => candidate.id === 'editor')
    const me = await sandboxCall(sandbox, editor?.api_key ?? '')<{ email: string }>('/api/1/me/')
    const user = userEvent.setup()
    renderRoute(`/organizations/${organizationId}/members`)
    const form = await screen.findByRole('form', { name: 'Inviter une personne' })
    await user.click(within(form).getByLabelText('Une adresse e-mail'))
    await user.type(within(form).getByLabelText(/^Adresse e-mail/), me.email)
    await user.click(within(form).getByRole('button', { name: 'Envoyer l’invitation' }))
    // an address that is an account's is bound to it, and that person is already a member
    expect(await within(form).findByText('User is already a member')).toBeInTheDocument()
    expect(within(form).getByLabelText(/^Adresse e-mail/)).toHaveAccessibleDescription(
      /User is already a member/,
    )
  }, 30_000)
})
