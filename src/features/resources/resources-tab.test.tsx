import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Sandbox } from '../../../sandbox/app'
import { renderWithProviders } from '@/test/render'
import { signInAs, startSignedIn, testInstance, type SandboxCall } from '@/test/sandbox'
import { ResourcesTab } from './resources-tab'
import type { Resource } from './types'

let sandbox: Sandbox
let call: SandboxCall

/** A fresh dataset with three links, oldest last (udata prepends new resources). */
async function datasetWithLinks(organization: string) {
  const dataset = await call<{ id: string }>('/api/1/datasets/', 'POST', {
    title: 'Qualité de l’eau',
    description: 'Test',
    organization,
    private: true,
  })
  for (const name of ['C', 'B', 'A']) {
    await call(`/api/1/datasets/${dataset.id}/resources/`, 'POST', {
      filetype: 'remote',
      title: `Fichier ${name}`,
      url: `https://example.com/${name}.csv`,
      type: 'main',
      format: 'csv',
    })
  }
  return dataset.id
}

const order = async (datasetId: string) =>
  (
    await call<{ data: Resource[] }>(`/api/2/datasets/${datasetId}/resources/?page_size=100`)
  ).data.map((r) => r.title)

const renderTab = (datasetId: string) => renderWithProviders(<ResourcesTab datasetId={datasetId} />)

beforeEach(() => {
  // jsdom lays nothing out: give scroll areas a size so the virtualised rows render.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000)
  const session = startSignedIn('admin')
  sandbox = session.sandbox
  call = session.call
})

describe('ResourcesTab', () => {
  it('lists the resources with their type, format and availability', async () => {
    const datasetId = await datasetWithLinks(signInAs(sandbox, 'admin').organization_id ?? '')
    const [first] = (await call<{ data: Resource[] }>(`/api/2/datasets/${datasetId}/resources/`))
      .data
    await call(`/api/2/datasets/${datasetId}/resources/${first?.id}/extras/`, 'PUT', {
      'check:available': false,
      'check:status': 404,
      'check:date': '2026-01-02T03:04:05',
    })
    renderTab(datasetId)
    const cells = within(await screen.findByRole('row', { name: /Fichier A/ }))
    expect(cells.getByText('CSV')).toBeInTheDocument()
    expect(cells.getByText('Indisponible')).toBeInTheDocument()
    expect(cells.getByText(/HTTP 404/)).toBeInTheDocument()
    expect(screen.getByText('3 fichiers')).toBeInTheDocument()
  })

  it('edits a title without sending extras (the availability check survives)', async () => {
    const user = userEvent.setup()
    const datasetId = await datasetWithLinks(signInAs(sandbox, 'admin').organization_id ?? '')
    const [first] = (await call<{ data: Resource[] }>(`/api/2/datasets/${datasetId}/resources/`))
      .data
    await call(`/api/2/datasets/${datasetId}/resources/${first?.id}/extras/`, 'PUT', {
      'check:available': true,
    })
    renderTab(datasetId)
    await user.click(await screen.findByRole('button', { name: 'Modifier « Fichier A »' }))
    const title = screen.getByRole('textbox', { name: 'Titre' })
    await user.clear(title)
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument()
    await user.type(title, 'Fichier A (2026)')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Modifications enregistrées.')).toBeInTheDocument()
    expect(await screen.findByRole('rowheader', { name: /Fichier A \(2026\)/ })).toBeInTheDocument()
    const saved = await call<Resource>(`/api/1/datasets/${datasetId}/resources/${first?.id}/`)
    expect(saved.title).toBe('Fichier A (2026)')
    expect(saved.extras['check:available']).toBe(true)
  })

  it('refuses a private or local URL for a link, then adds a public one', async () => {
    const user = userEvent.setup()
    const datasetId = await datasetWithLinks(signInAs(sandbox, 'admin').organization_id ?? '')
    renderTab(datasetId)
    await user.click(await screen.findByRole('button', { name: 'Ajouter un lien' }))
    const url = screen.getByRole('textbox', { name: /Adresse \(URL\)/ })
    await user.type(url, 'http://192.168.1.2/data.csv')
    await user.type(screen.getByRole('textbox', { name: 'Titre' }), 'Stations')
    await user.click(screen.getByRole('button', { name: 'Ajouter le lien' }))
    expect(await screen.findByText(/adresse IP est privée/)).toBeInTheDocument()
    await user.clear(url)
    await user.type(url, 'https://data.example.org/stations.csv')
    await user.click(screen.getByRole('button', { name: 'Ajouter le lien' }))
    expect(await screen.findByText('Lien « Stations » ajouté.')).toBeInTheDocument()
    expect(await order(datasetId)).toEqual(['Stations', 'Fichier A', 'Fichier B', 'Fichier C'])
  })

  it('reorders with the buttons and saves the complete list', async () => {
    const user = userEvent.setup()
    const datasetId = await datasetWithLinks(signInAs(sandbox, 'admin').organization_id ?? '')
    renderTab(datasetId)
    await user.click(await screen.findByRole('button', { name: 'Modifier l’ordre' }))
    await user.click(await screen.findByRole('button', { name: 'Descendre « Fichier A »' }))
    await user.click(screen.getByRole('button', { name: 'Descendre « Fichier A »' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’ordre' }))
    expect(await screen.findByText('Nouvel ordre enregistré.')).toBeInTheDocument()
    expect(await order(datasetId)).toEqual(['Fichier B', 'Fichier C', 'Fichier A'])
  })

  it('moves a file from the keyboard and keeps the saved order when the server fails', async () => {
    const user = userEvent.setup()
    const datasetId = await datasetWithLinks(signInAs(sandbox, 'admin').organization_id ?? '')
    await sandbox.fetch(
      new Request(`${testInstance}/_sandbox/faults`, {
        method: 'PUT',
        body: JSON.stringify({
          rules: [
            { method: 'PUT', path: `^/api/1/datasets/${datasetId}/resources/$`, status: 502 },
          ],
        }),
      }),
    )
    renderTab(datasetId)
    await user.click(await screen.findByRole('button', { name: 'Modifier l’ordre' }))
    const grab = await screen.findByRole('button', { name: 'Déplacer « Fichier C »' })
    grab.focus()
    await user.keyboard('{Enter}')
    expect(screen.getByText(/« Fichier C » saisi, position 3 sur 3/)).toBeInTheDocument()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(screen.getByText('« Fichier C » en position 1 sur 3.')).toBeInTheDocument()
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’ordre' }))
    expect(await screen.findByText('Le nouvel ordre n’a pas été enregistré')).toBeInTheDocument()
    expect(await order(datasetId)).toEqual(['Fichier A', 'Fichier B', 'Fichier C'])
    await user.click(screen.getByRole('button', { name: 'Annuler' }))
    const titles = (await screen.findAllByRole('rowheader')).map((cell) => cell.textContent)
    expect(titles.map((t) => t?.replace(/Lien$/, ''))).toEqual([
      'Fichier A',
      'Fichier B',
      'Fichier C',
    ])
  })

  it('deletes a file after confirmation', async () => {
    const user = userEvent.setup()
    const datasetId = await datasetWithLinks(signInAs(sandbox, 'admin').organization_id ?? '')
    renderTab(datasetId)
    await user.click(await screen.findByRole('button', { name: 'Modifier « Fichier B »' }))
    await user.click(screen.getByRole('button', { name: 'Supprimer ce fichier' }))
    await user.click(screen.getByRole('button', { name: 'Oui, supprimer' }))
    expect(await screen.findByText('« Fichier B » a été supprimé.')).toBeInTheDocument()
    await waitFor(async () => expect(await order(datasetId)).toEqual(['Fichier A', 'Fichier C']))
  })
})
