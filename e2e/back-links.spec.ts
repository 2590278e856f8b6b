import type { Locator, Page } from '@playwright/test'
import { expect as baseExpect, expectNoAxeViolations, test } from './fixtures'
import { admin } from './helpers'

// The shared 2-core machine is slow: screens may take a while to appear.
const expect = baseExpect.configure({ timeout: 30_000 })
test.describe.configure({ timeout: 180_000 })

/** The rows' first links, once the table is no longer showing the previous state's rows. */
async function titlesOf(page: Page, table: Locator): Promise<string[]> {
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  await expect(page.locator('.fr-table[aria-busy="true"]')).toHaveCount(0)
  return table
    .getByRole('row')
    .locator('td:nth-child(-n+2) a')
    .evaluateAll((links) => links.map((link) => link.textContent ?? ''))
}

test.describe('back links return to the list as the user left it', () => {
  test.use({ signedInAs: 'admin' })

  test('datasets: status, sort and page survive opening a dataset and coming back', async ({
    page,
  }) => {
    const { organization } = await admin()
    await page.goto(`/organizations/${organization}/datasets`)
    const table = page.getByRole('table')
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    await page.getByRole('button', { name: /^Publics \(/ }).click()
    await expect(page).toHaveURL(/[?&]status=public/)
    await page.getByRole('combobox', { name: 'Trier par' }).selectOption('title')
    await expect(page).toHaveURL(/[?&]sort=title/)
    await page.getByRole('link', { name: 'Page suivante' }).click()
    await expect(page).toHaveURL(/\?status=public&sort=title&page=2$/)
    const left = new URL(page.url()).search
    const titles = await titlesOf(page, table)
    expect(titles.length).toBeGreaterThan(1)

    // Through a dataset and one of its tabs: the link still knows where the list was.
    await table.getByRole('row').nth(1).getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1, name: titles[0] })).toBeVisible()
    await page.getByRole('link', { name: 'Fichiers', exact: true }).click()
    await expect(page).toHaveURL(/\/resources$/)
    await page.getByRole('link', { name: 'Retour aux jeux de données' }).click()

    await expect(page).toHaveURL(/\/datasets\?status=public&sort=title&page=2$/)
    expect(new URL(page.url()).search).toBe(left)
    await expect(page.getByRole('button', { name: /^Publics \(/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.getByRole('combobox', { name: 'Trier par' })).toHaveValue('title')
    await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible()
    expect(await titlesOf(page, table)).toEqual(titles)
    await expectNoAxeViolations(page)
  })

  test('reuses: status, sort and page survive opening a reuse and coming back', async ({
    page,
  }) => {
    const { organization } = await admin()
    await page.goto(`/organizations/${organization}/reuses`)
    const table = page.getByRole('table', { name: 'Réutilisations de l’organisation' })
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    await page.getByRole('combobox', { name: 'Trier par' }).selectOption('title')
    await expect(page).toHaveURL(/[?&]sort=title/)
    await page.getByRole('link', { name: 'Page suivante' }).click()
    await expect(page).toHaveURL(/\?sort=title&page=2$/)
    const left = new URL(page.url()).search
    const titles = await titlesOf(page, table)
    expect(titles.length).toBeGreaterThan(0)

    await table.getByRole('row').nth(1).getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1, name: titles[0] })).toBeVisible()
    await page
      .getByRole('navigation', { name: /fil d’ariane|vous êtes ici/i })
      .getByRole('link', { name: 'Réutilisations' })
      .click()

    await expect(page).toHaveURL(/\/reuses\?sort=title&page=2$/)
    expect(new URL(page.url()).search).toBe(left)
    await expect(page.getByRole('combobox', { name: 'Trier par' })).toHaveValue('title')
    await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible()
    expect(await titlesOf(page, table)).toEqual(titles)
    await expectNoAxeViolations(page)
  })

  // An old bookmark or a link from elsewhere to something deleted: the page says so and still
  // shows the way back to its list (unknown, well-formed ids; the sandbox answers 404).
  const missing = '0123456789abcdef01234567'
  for (const { what, path, list, heading } of [
    { what: 'a reuse', path: `reuses/${missing}`, list: 'Réutilisations', heading: /erreur/ },
    {
      what: 'an API',
      path: `dataservices/${missing}`,
      list: 'API',
      heading: 'Cette API n’existe pas ou vous n’y avez pas accès.',
    },
    { what: 'a harvester', path: `harvesters/${missing}`, list: 'Moissonnage', heading: /erreur/ },
    {
      what: 'a discussion',
      path: `discussions/${missing}`,
      list: 'Discussions',
      heading: /erreur/,
    },
  ]) {
    test(`${what} that is not there still leads back to its list`, async ({ page }) => {
      const { organization } = await admin()
      await page.goto(`/organizations/${organization}/${path}`)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expect(page.getByText(/^Introuvable/)).toBeVisible()
      await expect(page.getByRole('button', { name: 'Réessayer' })).toHaveCount(0)
      if (what === 'a reuse') await expectNoAxeViolations(page)
      await page
        .getByRole('navigation', { name: /fil d’ariane|vous êtes ici/i })
        .getByRole('link', { name: list, exact: true })
        .click()
      await expect(page).toHaveURL(
        new RegExp(`/organizations/${organization}/${path.split('/')[0]}$`),
      )
    })
  }
})
