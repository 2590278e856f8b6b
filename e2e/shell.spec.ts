import type { Page } from '@playwright/test'
import { connectAs, expectKeyNotInLocalStorage, sandboxKeyEntry, storage } from './connect-helpers'
import { account } from './accounts'
import { configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'

// Pages load lazily from a shared, busy machine: give the first paint time.
const expect = configureWaits({ step: 30_000 })

const mteName = 'Ministère de la Transition écologique'
// A catalogue's English: messages.en-<hash>.js in the build, messages.en.ts from the dev server.
const englishChunk = /\/[\w-]+\.en(-[\w-]+)?\.(js|ts)$/

test.describe('app shell', () => {
  test.slow()

  test('switching language changes every label and html[lang], and lasts', async ({ page }) => {
    const admin = await account('admin')
    await signInAs(page, 'admin')
    await page.goto(`/organizations/${admin.organization_id}`)
    await expect(page.getByRole('heading', { level: 1, name: mteName })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const navigation = page.getByRole('navigation', { name: 'Menu principal' })
    const french = [
      'Accueil',
      'Jeux de données',
      'Réutilisations',
      'À examiner',
      'Discussions',
      'Modifications en masse',
    ]
    for (const name of french)
      await expect(navigation.getByRole('link', { name, exact: true })).toBeVisible()

    await page.getByRole('button', { name: 'English' }).first().click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const english = ['Home', 'Datasets', 'Reuses', 'To review', 'Discussions', 'Bulk changes']
    const navigationEn = page.getByRole('navigation', { name: 'Main menu' })
    for (const name of english)
      await expect(navigationEn.getByRole('link', { name, exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Datasets' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Sign out' }).first()).toBeVisible()
    await expect(page.getByText('Connected to 127.0.0.1')).toBeVisible()
    await expect(page.getByRole('contentinfo')).toContainText(/Accessibility: non-compliant/)
    await expect(page).toHaveTitle(`Home — ${mteName} — udata console`)
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(page.getByRole('heading', { level: 2, name: 'Datasets' })).toBeVisible()
    await page.getByRole('button', { name: 'Français' }).first().click()
    await expect(page.getByRole('heading', { level: 2, name: 'Jeux de données' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  })

  test('English is loaded only for those who read it, and a page shows in one language from its first words', async ({
    page,
  }) => {
    const admin = await account('admin')
    const englishRequests: string[] = []
    page.on('request', (request) => {
      if (englishChunk.test(new URL(request.url()).pathname)) englishRequests.push(request.url())
    })
    await signInAs(page, 'admin')
    await page.goto(`/organizations/${admin.organization_id}/datasets`)
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Jeux de données' })).toBeVisible()
    expect(englishRequests, 'a page in French asks for no English').toEqual([])

    // Every heading the page ever shows, in order, from its first render on.
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { headings: string[] }).headings = seen
      new MutationObserver(() => {
        for (const heading of document.querySelectorAll('h1'))
          if (heading.textContent && seen.at(-1) !== heading.textContent)
            seen.push(heading.textContent)
      }).observe(document, { childList: true, subtree: true, characterData: true })
      localStorage.setItem('udata-console.lang', 'en')
    })
    await page.reload()
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Datasets' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible()
    expect(
      await page.evaluate(() => (window as unknown as { headings: string[] }).headings),
      'the page in English never showed a French heading first',
    ).toEqual(['Datasets'])
    expect(englishRequests.length).toBeGreaterThan(0)

    // A page whose code comes later brings its English with it.
    const before = englishRequests.length
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Reuses', exact: true })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Reuses' })).toBeVisible()
    expect(englishRequests.length).toBeGreaterThan(before)
    expect(
      await page.evaluate(() => (window as unknown as { headings: string[] }).headings),
    ).toEqual(['Datasets', 'Reuses'])

    // The dataset page and its first tab (lazy, each with words of its own) come in English too.
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Datasets', exact: true })
      .click()
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click()
    await expect(page.getByRole('link', { name: 'Back to datasets' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Metadata', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible()
    await expect(page.getByText('Retour aux jeux de données')).toHaveCount(0)
  })

  test('English that cannot be loaded leaves the page in French and says so; a second try switches', async ({
    page,
  }) => {
    const admin = await account('admin')
    await signInAs(page, 'admin')
    await page.goto(`/organizations/${admin.organization_id}/datasets`)
    await expect(page.getByRole('heading', { level: 1, name: 'Jeux de données' })).toBeVisible()
    let offline = true
    await page.route(
      (url) => englishChunk.test(url.pathname),
      (route) => (offline ? route.abort('internetdisconnected') : route.fallback()),
    )
    await page.getByRole('button', { name: 'English' }).first().click()
    await expect(page.getByText(/L’anglais n’a pas pu être chargé/)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Jeux de données' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')

    offline = false
    await page.getByRole('button', { name: 'English' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Datasets' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('sign-out forgets the key; it never reaches localStorage', async ({ page }) => {
    const admin = await account('admin')
    await connectAs(page, 'admin')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectKeyNotInLocalStorage(page, admin.api_key)
    await page.getByRole('link', { name: `${mteName} (MTE)` }).click()
    await expect(page.getByRole('heading', { level: 1, name: mteName })).toBeVisible()
    await expectKeyNotInLocalStorage(page, admin.api_key)

    await page.getByRole('button', { name: 'Se déconnecter' }).first().click()
    await expect(page).toHaveURL(/\/connect$/)
    await expect(page.getByText('Vous êtes déconnecté')).toBeVisible()
    const { local, session } = await storage(page)
    expect(session).not.toContain(admin.api_key)
    expect(session).not.toContain(sandboxKeyEntry)
    expect(local).not.toContain(admin.api_key)

    // Going back does not show the organization again.
    await page.goBack()
    await expect(page).toHaveURL(/\/connect$/)
  })

  test.describe('a revoked key', () => {
    // The dialog checks the new key with /me/, then the /me/ read that met the 401 goes again
    // with it: two answers to one request, by design.
    test.use({ allowDuplicateRequests: true })

    /** As if revoked on the instance: the next request gets a 401, and the dialog opens. */
    async function keyStopsWorking(page: Page, deadKey: string) {
      await page.evaluate(({ entry, key }) => sessionStorage.setItem(entry, key), {
        entry: sandboxKeyEntry,
        key: deadKey,
      })
      await page.reload()
      const dialog = page.getByRole('dialog', { name: 'Votre session a expiré' })
      await expect(dialog).toBeVisible()
      return dialog
    }

    /** Connected as the admin, on the MTE organization's home; and the key that will be dead. */
    async function openMteAsAdmin(page: Page) {
      const admin = await account('admin')
      const revoked = await account('revoked')
      await connectAs(page, 'admin')
      await page.getByRole('link', { name: `${mteName} (MTE)` }).click()
      return { admin, revoked }
    }

    test('a key revoked while working opens the reconnect dialog over the page', async ({
      page,
    }) => {
      const { admin, revoked } = await openMteAsAdmin(page)
      await page
        .getByRole('navigation', { name: 'Menu principal' })
        .getByRole('link', { name: 'Réutilisations' })
        .click()
      const reuses = new RegExp(`/organizations/${admin.organization_id}/reuses$`)
      await expect(page).toHaveURL(reuses)

      const dialog = await keyStopsWorking(page, revoked.api_key)
      // The page stays where it was, under the dialog.
      await expect(page).toHaveURL(reuses)

      await dialog.getByLabel('Nouvelle clé d’API').fill(admin.api_key)
      await dialog.getByRole('button', { name: 'Reprendre avec cette clé' }).click()
      await expect(dialog).toBeHidden()
      await expect(page).toHaveURL(reuses)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect((await storage(page)).session).not.toContain(revoked.api_key)
      await expectKeyNotInLocalStorage(page, admin.api_key)
    })

    test('signing out from the reconnect dialog leads to connect, then back to the page', async ({
      page,
    }) => {
      const { admin, revoked } = await openMteAsAdmin(page)
      const home = new RegExp(`/organizations/${admin.organization_id}$`)
      await expect(page).toHaveURL(home)
      const dialog = await keyStopsWorking(page, revoked.api_key)
      await dialog.getByRole('button', { name: 'Se déconnecter' }).click()
      await expect(page.getByText('Votre clé a expiré ou a été révoquée')).toBeVisible()
      await expect(page).toHaveURL(/\/connect$/)
      expect((await storage(page)).session).not.toContain(revoked.api_key)

      await connectAs(page, 'admin')
      await expect(page).toHaveURL(home)
    })
  })

  test('not-found page: translated, with a way home, and accessible', async ({ page }) => {
    await signInAs(page, 'admin')
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
    await expect(page).toHaveTitle('Page introuvable — udata console')
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Revenir à l’accueil' }).click()
    await expect(page).not.toHaveURL(/no\/such/)
  })

  test('the skip link leads to the content', async ({ page }) => {
    await signInAs(page, 'admin')
    await page.goto('/?choose')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir une organisation' }),
    ).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Contenu' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('#content')).toBeFocused()
  })
})
