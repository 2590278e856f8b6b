import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Sandbox } from '../../sandbox/app'
import { getApiKey } from '@/session/session'
import { setLanguage } from '@/i18n/language'
import { findPageHeading } from '@/test/page'
import { renderRoute } from '@/test/render'
import { signInAs, startSandbox, testAccount } from '@/test/sandbox'

let sandbox: Sandbox

beforeEach(() => {
  sandbox = startSandbox()
  setLanguage('fr')
})

describe('AppShell', () => {
  it('shows the instance, the user and the organization’s navigation', async () => {
    const admin = signInAs(sandbox, 'admin')
    const base = `/organizations/${admin.organization_id}`
    renderRoute(`${base}`)
    expect(await screen.findByText('Connecté à sandbox.test')).toBeInTheDocument()
    expect((await screen.findAllByRole('link', { name: /Camille Durand/ }))[0]).toBeInTheDocument()
    const nav = await screen.findByRole('navigation', { name: 'Menu principal' })
    for (const [name, path] of [
      ['Accueil', base],
      ['Jeux de données', `${base}/datasets`],
      ['Réutilisations', `${base}/reuses`],
      ['À examiner', `${base}/review`],
      ['Discussions', `${base}/discussions`],
      ['Modifications en masse', `${base}/bulk`],
    ] as const) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', path)
    }
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    // The switcher offers the other organization, and the full list.
    expect(within(nav).getByRole('button', { name: /^Organisation : ?MTE$/ })).toBeInTheDocument()
    expect(
      within(nav).getByRole('link', { name: /Institut national de l'information/ }),
    ).toHaveAttribute('href', '/organizations/5b713a80119608026b662d42')
    expect(within(nav).getByRole('link', { name: 'Toutes mes organisations' })).toHaveAttribute(
      'href',
      '/?choose',
    )
  })

  it('switches language: labels and html[lang] follow', async () => {
    const admin = signInAs(sandbox, 'admin')
    const user = userEvent.setup()
    renderRoute(`/organizations/${admin.organization_id}`)
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Jeux de données' }),
    ).toBeInTheDocument()
    // The header is complete once /me/ has answered (the page's own data may come first).
    await screen.findAllByRole('link', { name: /Camille Durand/ })
    await user.click(screen.getAllByRole('button', { name: 'English' })[0]!)
    expect(await screen.findByRole('heading', { level: 2, name: 'Datasets' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(screen.getAllByRole('button', { name: 'Sign out' }).length).toBeGreaterThan(0)
    await user.click(screen.getAllByRole('button', { name: 'Français' })[0]!)
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Jeux de données' }),
    ).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('fr')
  })

  it('signs out: the key is forgotten and the connect page says so', async () => {
    const admin = signInAs(sandbox, 'admin')
    const user = userEvent.setup()
    const { router } = renderRoute(`/organizations/${admin.organization_id}`)
    await findPageHeading('Ministère de la Transition écologique')
    // The header is complete once /me/ has answered (the page's own data may come first).
    await screen.findAllByRole('link', { name: /Camille Durand/ })
    await user.click(screen.getAllByRole('button', { name: 'Se déconnecter' })[0]!)
    expect(await screen.findByText('Vous êtes déconnecté')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/connect')
    expect(getApiKey()).toBeNull()
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(admin.api_key)
  })

  it('opens the reconnect dialog over the page on a later 401, and carries on with a new key', async () => {
    const admin = signInAs(sandbox, 'admin')
    // The key is revoked while the user works: the next request answers 401.
    const revoked = testAccount(sandbox, 'revoked')
    sessionStorage.setItem(`udata-console.api-key.http://sandbox.test`, revoked.api_key)
    const { router } = renderRoute(`/organizations/${admin.organization_id}`)
    const dialog = await screen.findByRole('dialog', { name: 'Votre session a expiré' })
    // The page stays; the dead key stays until a new one replaces it.
    expect(router.state.location.pathname).toBe(`/organizations/${admin.organization_id}`)
    expect(getApiKey()).toBe(revoked.api_key)

    const user = userEvent.setup()
    // The same key field as the connect page: masked, and not a password field for managers.
    const field = within(dialog).getByLabelText('Nouvelle clé d’API')
    expect(field).toHaveAttribute('type', 'text')
    expect(field).toHaveClass('api-key--masked')
    expect(within(dialog).getByRole('button', { name: 'Afficher la clé' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await user.type(field, admin.api_key)
    await user.click(within(dialog).getByRole('button', { name: 'Reprendre avec cette clé' }))
    expect(await findPageHeading('Ministère de la Transition écologique')).toBeInTheDocument()
    expect(getApiKey()).toBe(admin.api_key)
    expect(router.state.location.pathname).toBe(`/organizations/${admin.organization_id}`)
    expect(screen.queryByRole('dialog', { name: 'Votre session a expiré' })).toBeNull()
  })

  it('shows a translated not-found page with a way home', async () => {
    signInAs(sandbox, 'admin')
    renderRoute('/no/such/page')
    expect(await findPageHeading('Page introuvable')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Revenir à l’accueil' })).toHaveAttribute('href', '/')
    expect(document.title).toBe('Page introuvable — udata console')
  })
})
