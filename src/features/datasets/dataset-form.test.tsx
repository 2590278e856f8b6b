import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Sandbox } from '../../../sandbox/app'
import { renderRoute } from '@/test/render'
import { sandboxCall, signInAs, startSignedIn, type SandboxCall } from '@/test/sandbox'
import type { Dataset } from './types'

let sandbox: Sandbox
let call: SandboxCall
let organizationId: string

/** Creates a draft dataset of the organization and opens its form. */
async function openNewDataset() {
  const user = userEvent.setup()
  const dataset = await call<Dataset>('/api/1/datasets/', 'POST', {
    title: 'Qualité de l’eau potable',
    description: 'Contrôles sanitaires.',
    organization: organizationId,
    private: true,
    tags: ['eau', 'sante'],
    temporal_coverage: { start: '2020-01-01', end: '2022-12-31' },
    extras: { 'x:note': 'y' },
  })
  renderRoute(`/organizations/${organizationId}/datasets/${dataset.id}`)
  return { user, dataset }
}

beforeEach(() => {
  ;({ sandbox, call, organizationId } = startSignedIn('admin'))
})

const field = (name: RegExp) => screen.getByRole('textbox', { name })

// Typing into a whole form is slow in jsdom on a shared machine.
vi.setConfig({ testTimeout: 60_000 })

describe('dataset form', () => {
  it('saves the edited fields and keeps the untouched ones', async () => {
    const { user, dataset } = await openNewDataset()
    const title = await screen.findByRole('textbox', { name: /^Titre/ })
    expect(title).toHaveValue('Qualité de l’eau potable')
    await user.clear(title)
    await user.type(title, 'Eau potable : contrôles')
    await user.type(field(/^Sigle/), 'EP')
    expect(screen.getByText('Modifications non enregistrées')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await waitFor(() =>
      expect(screen.queryByText('Modifications non enregistrées')).not.toBeInTheDocument(),
    )

    const saved = await call<Dataset>(`/api/1/datasets/${dataset.id}/`)
    expect(saved.title).toBe('Eau potable : contrôles')
    expect(saved.acronym).toBe('EP')
    expect(saved.tags).toEqual(['eau', 'sante'])
    expect(saved.temporal_coverage).toEqual({ start: '2020-01-01', end: '2022-12-31' })
    expect(saved.extras).toEqual({ 'x:note': 'y' })
    expect(saved.private).toBe(true)
  })

  it('renders the description preview as sanitised markdown', async () => {
    const { user } = await openNewDataset()
    const description = await screen.findByRole('textbox', { name: /^Description\s*Markdown/ })
    await user.clear(description)
    await user.type(description, '**gras** <img src=x onerror=alert(1)>')
    const preview = screen.getByRole('region', { name: 'Aperçu' })
    await waitFor(() => expect(within(preview).getByText('gras').tagName).toBe('STRONG'))
    expect(within(preview).getByRole('img')).not.toHaveAttribute('onerror')
  })

  it('checks freshness before saving and shows the conflict view instead of overwriting', async () => {
    const { user, dataset } = await openNewDataset()
    const title = await screen.findByRole('textbox', { name: /^Titre/ })
    await user.clear(title)
    await user.type(title, 'Mon titre')

    await call(`/api/1/datasets/${dataset.id}/`, 'PUT', {
      title: 'Titre d’un collègue',
      tags: ['eau', 'sante'],
      temporal_coverage: dataset.temporal_coverage,
    })
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))

    const table = await screen.findByRole('table', { name: /^Champs modifiés/ })
    const row = within(table).getByRole('row', { name: /^Titre/ })
    expect(row).toHaveTextContent('Qualité de l’eau potable')
    expect(row).toHaveTextContent('Titre d’un collègue')
    expect(row).toHaveTextContent('Mon titre')
    expect((await call<Dataset>(`/api/1/datasets/${dataset.id}/`)).title).toBe(
      'Titre d’un collègue',
    )

    await user.click(within(row).getByRole('radio', { name: 'Prendre celle du serveur' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer avec ces choix' }))
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: /^Champs modifiés/ })).not.toBeInTheDocument(),
    )
    expect(await screen.findByRole('textbox', { name: /^Titre/ })).toHaveValue(
      'Titre d’un collègue',
    )
  })

  it('shows client validation on the fields and does not call the API', async () => {
    const { user, dataset } = await openNewDataset()
    const title = await screen.findByRole('textbox', { name: /^Titre/ })
    await user.clear(title)
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument()
    expect(title).toHaveAccessibleDescription(/Ce champ est obligatoire/)
    expect((await call<Dataset>(`/api/1/datasets/${dataset.id}/`)).title).toBe(
      'Qualité de l’eau potable',
    )
  })

  it('is read-only for someone without the edit permission', async () => {
    const list = await call<{ data: Array<{ id: string }> }>(
      `/api/2/datasets/?organization=${organizationId}&deleted=false&page_size=100`,
    )
    const partial = signInAs(sandbox, 'partial-editor')
    call = sandboxCall(sandbox, partial.api_key)
    const visible = await call<{ data: Array<{ id: string; permissions?: { edit: boolean } }> }>(
      `/api/2/datasets/?organization=${organizationId}&deleted=false&page_size=100`,
    )
    const readOnly = visible.data.find((dataset) => dataset.permissions?.edit === false)
    expect(readOnly && list.data.some((dataset) => dataset.id === readOnly.id)).toBe(true)
    renderRoute(`/organizations/${organizationId}/datasets/${readOnly?.id ?? ''}`)
    expect(
      await screen.findByText('Vous pouvez consulter ce jeu de données, mais pas le modifier.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Supprimer' })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /^Titre/ })).toBeDisabled()
  })
})

describe('dataset extras', () => {
  it('writes a changed and an added extra through the v2 endpoint, nested values kept', async () => {
    const user = userEvent.setup()
    const dcat = { accessRights: ['public'], rights: { label: 'x' } }
    const dataset = await call<Dataset>('/api/1/datasets/', 'POST', {
      title: 'Extras',
      description: 'D',
      organization: organizationId,
      extras: { dcat, note: 'avant' },
    })
    renderRoute(`/organizations/${organizationId}/datasets/${dataset.id}`)
    const note = await screen.findByRole('group', { name: 'Métadonnée 2 (note)' })
    const value = within(note).getByRole('textbox', { name: 'Valeur' })
    await user.clear(value)
    await user.type(value, 'après')
    await user.click(screen.getByRole('button', { name: 'Ajouter une métadonnée' }))
    const added = await screen.findByRole('group', { name: 'Métadonnée 3' })
    await user.type(within(added).getByRole('textbox', { name: 'Clé' }), 'niveau')
    await user.selectOptions(
      within(added).getByRole('combobox', { name: 'Type de valeur' }),
      'number',
    )
    await user.type(within(added).getByRole('textbox', { name: 'Valeur' }), '3')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await waitFor(async () => {
      const saved = await call<Dataset>(`/api/1/datasets/${dataset.id}/`)
      expect(saved.extras).toEqual({ dcat, note: 'après', niveau: 3 })
      // only extras changed: no v1 PUT, so the dataset's date did not move
      expect(saved.last_modified).toBe(dataset.last_modified)
    })
  })
})
