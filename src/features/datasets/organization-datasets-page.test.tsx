import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Sandbox } from '../../../sandbox/app'
import { renderRoute } from '@/test/render'
import { signInAs, startSandbox } from '@/test/sandbox'

let sandbox: Sandbox
let organizationId: string

beforeEach(() => {
  sandbox = startSandbox()
  organizationId = signInAs(sandbox, 'admin').organization_id ?? ''
})

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1)

describe('organization datasets page', () => {
  it('lists the datasets with counts per status, and keeps status, sort and page in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(`/organizations/${organizationId}/datasets`)
    await screen.findByRole('table')
    expect(rows()).toHaveLength(20)
    // 60 datasets in the small seed, of which a few are in the bin: "all" leaves them out.
    const all = await screen.findByRole('button', { name: /^Tous \(\d+\)$/ })
    const bin = await screen.findByRole('button', { name: /^Corbeille \(\d+\)$/ })
    const count = (button: HTMLElement) => Number(/\((\d+)\)/.exec(button.textContent ?? '')?.[1])
    expect(count(all) + count(bin)).toBe(60)

    await user.click(await screen.findByRole('button', { name: /^Brouillons/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?status=draft'))
    await waitFor(() =>
      rows().forEach((row) => expect(within(row).getByText('Brouillon')).toBeInTheDocument()),
    )

    await user.click(await screen.findByRole('button', { name: /^Tous/ }))
    await user.click(screen.getByRole('button', { name: 'Titre' }))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=title'))
    await waitFor(() => {
      const titles = rows().map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '')
      // Mongo sorts by code point, as a plain JS sort does.
      expect(titles).toEqual([...titles].sort())
    })
    expect(screen.getByRole('columnheader', { name: /Titre/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )

    await user.click(screen.getByRole('link', { name: 'Page suivante' }))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=title&page=2'))
    expect(await screen.findByText(/Page 2 sur \d+/)).toBeInTheDocument()
  })

  it('searches titles and filters by tag, showing removable filter chips', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(`/organizations/${organizationId}/datasets`)
    await screen.findByRole('table')
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher dans les titres' }), 'piégé')
    await user.click(screen.getByRole('button', { name: 'Rechercher' }))
    await waitFor(() => expect(router.state.location.search).toBe('?q=pi%C3%A9g%C3%A9'))
    // The injection payload is plain text in a link, never markup.
    const link = await screen.findByRole('link', { name: /Jeu de données piégé/ })
    expect(link.textContent).toContain('<script>alert("xss")</script>')
    expect(within(screen.getByRole('table')).queryByRole('img')).not.toBeInTheDocument()

    // The filtered page renders in a transition after the URL changes: wait for its chip.
    await user.click(await screen.findByRole('button', { name: /Retirer le filtre/ }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('selects rows, a whole page, then everything matching, and keeps the selection across pages', async () => {
    const user = userEvent.setup()
    renderRoute(`/organizations/${organizationId}/datasets`)
    await screen.findByRole('table')
    const [first] = rows()
    await user.click(within(first as HTMLElement).getByRole('checkbox'))
    expect(screen.getByText('1 jeu de données sélectionné')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner toute la page' }))
    expect(screen.getByText('20 jeux de données sélectionnés')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Page suivante' }))
    expect(await screen.findByText(/Page 2 sur/)).toBeInTheDocument()
    expect(screen.getByText('20 jeux de données sélectionnés')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /^Sélectionner les \d+ jeux de données/ }))
    expect(
      screen.getByText(/^Les \d+ jeux de données correspondant aux filtres sont sélectionnés$/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Vider la sélection' }))
    expect(screen.queryByText(/sélectionnés?$/)).not.toBeInTheDocument()
  })

  it('takes a page past the end (404 from udata) to the last page', async () => {
    const { router } = renderRoute(`/organizations/${organizationId}/datasets?page=40`)
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?page=3$/))
    expect(
      await screen.findByText('Cette page n’existe plus ; voici la dernière page.'),
    ).toBeInTheDocument()
    expect(await screen.findByText('Page 3 sur 3')).toBeInTheDocument()
  })

  it('remembers the chosen columns', async () => {
    const user = userEvent.setup()
    const view = renderRoute(`/organizations/${organizationId}/datasets`)
    await screen.findByRole('table')
    expect(screen.queryByRole('columnheader', { name: /Vues/ })).not.toBeInTheDocument()
    await user.click(screen.getByText('Colonnes affichées', { selector: 'summary' }))
    await user.click(screen.getByRole('checkbox', { name: 'Vues' }))
    expect(screen.getByRole('columnheader', { name: /Vues/ })).toBeInTheDocument()
    view.unmount()
    renderRoute(`/organizations/${organizationId}/datasets`)
    await screen.findByRole('table')
    expect(screen.getByRole('columnheader', { name: /Vues/ })).toBeInTheDocument()
  })
})
