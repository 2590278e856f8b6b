import {
  chooseRadio,
  connectAs,
  connectThroughUi,
  expectKeyNotInLocalStorage,
  storage,
} from './connect-helpers'
import { account } from './accounts'
import { configureWaits, expectNoAxeViolations, test } from './fixtures'

// Pages load lazily from a shared, busy machine: give the first paint time.
const expect = configureWaits({ step: 30_000 })

test.describe('connect', () => {
  test.slow()

  test('the connect page explains itself and passes axe', async ({ page }) => {
    await page.goto('/connect')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Se connecter à un portail udata' }),
    ).toBeVisible()
    await expect(page).toHaveTitle('Connexion — udata console')
    // Masked, yet not a password field: no password manager offers to keep the key.
    const keyField = page.getByLabel('Clé d’API')
    await expect(keyField).toHaveAttribute('type', 'text')
    await expect(keyField).toHaveCSS('-webkit-text-security', 'disc')
    await page.getByRole('button', { name: 'Afficher la clé' }).click()
    await expect(page.getByRole('button', { name: 'Afficher la clé' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(keyField).toHaveCSS('-webkit-text-security', 'none')
    await expect(
      page.getByRole('link', {
        name: /section « Clé d’API » de votre profil sur www\.data\.gouv\.fr/,
      }),
    ).toHaveAttribute('href', 'https://www.data.gouv.fr/fr/admin/me/profile')
    await expectNoAxeViolations(page)
  })

  test('an admin connects and sees their organizations with their roles', async ({ page }) => {
    const admin = await account('admin')
    await connectAs(page, 'admin')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir une organisation' }),
    ).toBeVisible()
    await expect(page).toHaveURL(/\/$/)
    const mte = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /Ministère de la Transition écologique/ }) })
    await expect(mte).toContainText('Votre rôle : Administrateur')
    await expect(page.getByRole('banner')).toContainText('Camille Durand')
    await expect(page.getByRole('banner')).toContainText('Connecté à 127.0.0.1')
    const { session } = await storage(page)
    expect(session).toContain(admin.api_key)
    await expectKeyNotInLocalStorage(page, admin.api_key)
  })

  for (const [id, role] of [
    ['editor', 'Éditeur'],
    ['partial-editor', 'Éditeur partiel'],
    ['other-org-member', 'Administrateur'],
  ] as const) {
    test(`the ${id} account connects and sees its role`, async ({ page }) => {
      const seeded = await account(id)
      await connectAs(page, id)
      await expect(
        page.getByRole('heading', { level: 1, name: 'Choisir une organisation' }),
      ).toBeVisible()
      await expect(
        page
          .getByRole('listitem')
          .filter({ hasText: `Votre rôle : ${role}` })
          .first(),
      ).toBeVisible()
      await expectKeyNotInLocalStorage(page, seeded.api_key)
    })
  }

  test('a user without organization is told what to do', async ({ page }) => {
    await connectAs(page, 'no-organization')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vous n’êtes membre d’aucune organisation' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: /Créer une organisation/ })).toBeVisible()
    await expect(page.getByRole('link', { name: /Chercher une organisation/ })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a wrong key is refused, and kept nowhere', async ({ page }) => {
    await connectThroughUi(page, 'udata_this-is-not-a-key')
    await expect(page.getByText(/Cette clé d’API n’est pas reconnue par ce portail/)).toBeVisible()
    await expect(page).toHaveURL(/\/connect$/)
    const { local, session } = await storage(page)
    expect(local + session).not.toContain('udata_this-is-not-a-key')
    await expectNoAxeViolations(page)
  })

  for (const [id, message] of [
    ['expired', /Cette clé d’API a expiré/],
    ['revoked', /Cette clé d’API a été révoquée/],
  ] as const) {
    test(`the ${id} key is explained`, async ({ page }) => {
      const seeded = await account(id)
      await connectAs(page, id)
      await expect(page.getByText(message)).toBeVisible()
      const { local, session } = await storage(page)
      expect(local + session).not.toContain(seeded.api_key)
    })
  }

  test('a deep link opened before connecting is reached after connecting', async ({ page }) => {
    const admin = await account('admin')
    const deepLink = `/organizations/${admin.organization_id}?from=e2e`
    await page.goto(deepLink)
    await expect(page).toHaveURL(/\/connect$/)
    await expect(page.getByText('Connectez-vous pour ouvrir la page demandée.')).toBeVisible()
    await connectAs(page, 'admin')
    await expect(page).toHaveURL(new RegExp(`${deepLink.replace('?', '\\?')}$`))
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ministère de la Transition écologique' }),
    ).toBeVisible()
  })

  test('an unreachable instance is reported', async ({ page }) => {
    await page.goto('/connect')
    await chooseRadio(page, /Un autre portail udata/)
    await page.getByLabel('Adresse du portail').fill('https://127.0.0.1:9')
    await page.getByLabel('Clé d’API').fill('udata_whatever')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await expect(page.getByRole('alert')).toContainText('Impossible de joindre 127.0.0.1:9')
  })
})
