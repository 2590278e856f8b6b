import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderRoute } from '@/test/render'
import { startSignedIn, type SandboxCall } from '@/test/sandbox'
import type { Reuse, ReuseWrite } from './types'

let call: SandboxCall
let org: string

beforeEach(() => {
  ;({ call, organizationId: org } = startSignedIn('admin'))
})

/** Creates a reuse of the organization and opens its form, once its title field is there. */
async function openNewReuse(
  fields: Pick<ReuseWrite, 'title' | 'description' | 'url' | 'type' | 'topic'>,
) {
  const reuse = await call<Reuse>('/api/1/reuses/', 'POST', { ...fields, organization: org })
  renderRoute(`/organizations/${org}/reuses/${reuse.id}`)
  const user = userEvent.setup()
  const title = await screen.findByRole('textbox', { name: 'Titre' })
  return { reuse, user, title }
}

describe('reuse form', () => {
  it('shows a field both sides changed, and keeps the server’s other changes when saving mine', async () => {
    const { reuse, user, title } = await openNewReuse({
      title: 'Carte des bornes',
      description: 'Une carte',
      url: 'https://example.org/conflict-test',
      type: 'application',
      topic: 'transport_and_mobility',
    })
    await user.clear(title)
    await user.type(title, 'Carte de mes bornes')
    // Someone else edits the same title and another field meanwhile.
    await call(`/api/1/reuses/${reuse.id}/`, 'PUT', {
      title: 'Carte de leurs bornes',
      topic: 'health',
    })

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(
      await screen.findByRole('heading', {
        name: 'Quelqu’un d’autre a modifié cette réutilisation',
      }),
    ).toBeInTheDocument()
    const table = screen.getByRole('table', {
      name: 'Quelqu’un d’autre a modifié cette réutilisation',
    })
    expect(within(table).getByText('Carte de leurs bornes')).toBeInTheDocument()
    expect(within(table).getByText('Carte de mes bornes')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Garder mes valeurs et enregistrer' }))
    await waitFor(async () => {
      const saved = await call<Reuse>(`/api/1/reuses/${reuse.id}/`)
      expect(saved.title).toBe('Carte de mes bornes')
      expect(saved.topic).toBe('health')
    })
  })

  it('takes the server’s values on request, keeping the user’s other edits unsaved', async () => {
    const { reuse, user, title } = await openNewReuse({
      title: 'Tableau',
      description: 'Un tableau',
      url: 'https://example.org/take-theirs',
      type: 'visualization',
      topic: 'health',
    })
    await user.type(title, ' (mine)')
    await user.type(screen.getByRole('textbox', { name: /Description/ }), ' modifié')
    await call(`/api/1/reuses/${reuse.id}/`, 'PUT', { title: 'Tableau (theirs)' })
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await user.click(
      await screen.findByRole('button', { name: 'Reprendre les valeurs du serveur' }),
    )
    expect(screen.getByRole('textbox', { name: 'Titre' })).toHaveValue('Tableau (theirs)')
    expect(screen.getByRole('textbox', { name: /Description/ })).toHaveValue('Un tableau modifié')
  })

  it('puts udata’s duplicate-URL error on the URL field', async () => {
    const existing = await call<{ data: Reuse[] }>(`/api/2/reuses/?organization=${org}&page_size=1`)
    const takenUrl = existing.data[0]?.url ?? ''
    renderRoute(`/organizations/${org}/reuses/new`)
    const user = userEvent.setup()
    await user.type(await screen.findByRole('textbox', { name: 'Titre' }), 'Doublon')
    await user.type(screen.getByRole('textbox', { name: /Lien vers la réutilisation/ }), takenUrl)
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'Texte')
    const type = screen.getByRole('combobox', { name: 'Type' })
    await waitFor(() => expect(within(type).getAllByRole('option').length).toBeGreaterThan(1))
    await user.selectOptions(type, 'api')
    const topic = screen.getByRole('combobox', { name: 'Thématique' })
    await waitFor(() => expect(within(topic).getAllByRole('option').length).toBeGreaterThan(1))
    await user.selectOptions(topic, 'health')
    await user.click(screen.getByRole('button', { name: 'Créer la réutilisation' }))
    expect(await screen.findByText('This URL is already registered')).toBeInTheDocument()
    expect(
      screen.getByRole('textbox', { name: /Lien vers la réutilisation/ }),
    ).toHaveAccessibleDescription(/This URL is already registered/)
  })

  it('checks the URL before sending anything', async () => {
    renderRoute(`/organizations/${org}/reuses/new`)
    const user = userEvent.setup()
    await user.type(
      await screen.findByRole('textbox', { name: /Lien vers la réutilisation/ }),
      'javascript:alert(1)',
    )
    await user.click(screen.getByRole('button', { name: 'Créer la réutilisation' }))
    expect(
      await screen.findByText('L’adresse doit commencer par http://, https://, ftp:// ou ftps://.'),
    ).toBeInTheDocument()
  })
})

describe('reuse form, read-only', () => {
  it('shows a reuse the user may not edit (a partial editor’s unassigned one) without the save', async () => {
    const { call: asPartial, organizationId: organization } = startSignedIn('partial-editor')
    const reuses = await asPartial<Array<{ id: string; permissions?: { edit?: boolean } }>>(
      `/api/1/organizations/${organization}/reuses/`,
    )
    const readOnly = reuses.find((reuse) => reuse.permissions?.edit === false)
    expect(readOnly).toBeDefined()
    renderRoute(`/organizations/${organization}/reuses/${readOnly?.id ?? ''}`)
    expect(
      await screen.findByText('Vous pouvez consulter cette réutilisation, mais pas la modifier.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Titre' })).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Suppression' })).not.toBeInTheDocument()
  }, 30_000)
})
