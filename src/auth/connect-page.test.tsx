import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Sandbox } from '../../sandbox/app'
import { findPageHeading } from '@/test/page'
import { renderRoute } from '@/test/render'
import { startSandbox, testAccount, testInstance } from '@/test/sandbox'
import { getApiKey, signOut, connect } from '@/session/session'

let sandbox: Sandbox

beforeEach(() => {
  sandbox = startSandbox()
})

/** Fills the form for the in-process sandbox, typed in as "another udata instance". */
async function fillAndSubmit(apiKey: string, instance = testInstance) {
  const user = userEvent.setup()
  await user.click(await screen.findByRole('radio', { name: /Un autre portail udata/ }))
  await user.type(screen.getByRole('textbox', { name: /Adresse du portail/ }), instance)
  await user.type(screen.getByLabelText(/Clé d’API/), apiKey)
  await user.click(screen.getByRole('button', { name: 'Se connecter' }))
  return user
}

/** Deploys `text` as the console's config.json, in front of the in-process sandbox. */
function deployConfig(text: string) {
  const sandboxFetch = globalThis.fetch
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    input === '/config.json'
      ? Promise.resolve(new Response(text, { headers: { 'Content-Type': 'application/json' } }))
      : sandboxFetch(input, init),
  )
}

function everythingStored(): string {
  return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })
}

describe('ConnectPage', () => {
  it('verifies the key with /me/, keeps it in sessionStorage only and shows the organizations', async () => {
    const admin = testAccount(sandbox, 'admin')
    renderRoute('/connect')
    expect(await findPageHeading('Se connecter à un portail udata')).toBeInTheDocument()
    // The key field is masked, and no password manager's business.
    // (once the deployment's instance list, here none, has been read)
    const keyField = await screen.findByLabelText(/Clé d’API/)
    expect(keyField).toHaveClass('api-key--masked')
    expect(keyField).toHaveAttribute('type', 'text')
    expect(keyField).toHaveAttribute('autocomplete', 'off')
    expect(keyField).toHaveAttribute('data-1p-ignore', 'true')
    expect(keyField).toHaveAttribute('data-lpignore', 'true')
    await fillAndSubmit(admin.api_key)
    expect(await findPageHeading('Choisir une organisation')).toBeInTheDocument()
    expect(getApiKey()).toBe(admin.api_key)
    expect(JSON.stringify({ ...localStorage })).not.toContain(admin.api_key)
    expect(
      screen.getByRole('link', { name: /Ministère de la Transition écologique/ }),
    ).toBeInTheDocument()
  })

  it('says a wrong key is not recognised, and keeps nothing', async () => {
    renderRoute('/connect')
    await fillAndSubmit('udata_not-a-real-key')
    expect(
      await screen.findByText(/Cette clé d’API n’est pas reconnue par ce portail/),
    ).toBeInTheDocument()
    expect(screen.getByLabelText(/Clé d’API/)).toHaveFocus()
    expect(getApiKey()).toBeNull()
    expect(everythingStored()).not.toContain('udata_not-a-real-key')
  })

  it.each([
    ['expired', /Cette clé d’API a expiré/],
    ['revoked', /Cette clé d’API a été révoquée/],
  ] as const)('explains the %s key', async (id, message) => {
    const account = testAccount(sandbox, id)
    renderRoute('/connect')
    await fillAndSubmit(account.api_key)
    expect(await screen.findByText(message)).toBeInTheDocument()
    expect(getApiKey()).toBeNull()
    expect(everythingStored()).not.toContain(account.api_key)
  })

  it('says when an instance cannot be reached, and rejects what is not a URL', async () => {
    renderRoute('/connect')
    const user = await fillAndSubmit('udata_whatever', 'http://nowhere.test')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Impossible de joindre nowhere\.test/,
    )
    const url = screen.getByRole('textbox', { name: /Adresse du portail/ })
    await user.clear(url)
    await user.type(url, 'not a url')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByText(/Cette adresse n’est pas valide/)).toBeInTheDocument()
  })

  it('shows and hides the key on demand', async () => {
    const user = userEvent.setup()
    renderRoute('/connect')
    const field = await screen.findByLabelText(/Clé d’API/)
    const toggle = screen.getByRole('button', { name: 'Afficher la clé' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.type(field, 'udata_secret')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(field).not.toHaveClass('api-key--masked')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(field).toHaveClass('api-key--masked')
    expect(field).toHaveValue('udata_secret')
  })

  it('links to where keys are made on the chosen instance', async () => {
    const user = userEvent.setup()
    renderRoute('/connect')
    expect(
      await screen.findByRole('link', {
        name: /section « Clé d’API » de votre profil sur www\.data\.gouv\.fr/,
      }),
    ).toHaveAttribute('href', 'https://www.data.gouv.fr/fr/admin/me/profile')
    await user.click(screen.getByRole('radio', { name: /demo\.data\.gouv\.fr/ }))
    expect(
      screen.getByRole('link', { name: /votre profil sur demo\.data\.gouv\.fr/ }),
    ).toHaveAttribute('href', 'https://demo.data.gouv.fr/fr/admin/me/profile')
  })

  it('brings a deep link back after connecting', async () => {
    const admin = testAccount(sandbox, 'admin')
    const { router } = renderRoute(`/organizations/${admin.organization_id}`)
    expect(
      await screen.findByText('Connectez-vous pour ouvrir la page demandée.'),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/connect')
    await fillAndSubmit(admin.api_key)
    expect(await findPageHeading('Ministère de la Transition écologique')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/organizations/${admin.organization_id}`)
  })

  it('explains an expired session and reconnects to the same instance', async () => {
    connect(testInstance, 'udata_old')
    signOut('expired')
    renderRoute('/connect')
    expect(await screen.findByText('Votre clé a expiré ou a été révoquée')).toBeInTheDocument()
    // The instance used last is preselected, so only the key is needed.
    expect(await screen.findByRole('radio', { name: /Un autre portail udata/ })).toBeChecked()
    expect(screen.getByRole('textbox', { name: /Adresse du portail/ })).toHaveValue(testInstance)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText(/Clé d’API/), testAccount(sandbox, 'editor').api_key)
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    await waitFor(() => expect(getApiKey()).toBe(testAccount(sandbox, 'editor').api_key))
  })

  it('offers the instances of the deployment’s config.json, its first one chosen', async () => {
    deployConfig(
      JSON.stringify({
        instances: [
          { url: 'https://data.public.lu', label: 'Luxembourg Open Data' },
          { url: 'https://demo.data.gouv.fr', label: { fr: 'Essais', en: 'Trials' } },
        ],
      }),
    )
    renderRoute('/connect')
    expect(await screen.findByRole('radio', { name: /Luxembourg Open Data/ })).toBeChecked()
    expect(screen.queryByRole('radio', { name: /^data\.gouv\.fr/ })).not.toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /Essais/ })).not.toBeChecked()
    expect(screen.getByRole('radio', { name: /Un autre portail udata/ })).toBeInTheDocument()
    expect(screen.queryByText(/config\.json/)).not.toBeInTheDocument()
  })

  it('says what is wrong with a malformed config.json, and still connects anywhere', async () => {
    deployConfig('{"instances":[{"url":"http://data.example.org","label":"Example"}]}')
    renderRoute('/connect')
    expect(
      await screen.findByText(
        /Le fichier config\.json de ce déploiement est invalide \(instances\.0\.url\)/,
      ),
    ).toBeInTheDocument()
    // The console's own list stands in…
    expect(screen.getByRole('radio', { name: /^data\.gouv\.fr/ })).toBeChecked()
    // …and any udata instance can still be typed in.
    await fillAndSubmit(testAccount(sandbox, 'admin').api_key)
    expect(await findPageHeading('Choisir une organisation')).toBeInTheDocument()
  })
})
