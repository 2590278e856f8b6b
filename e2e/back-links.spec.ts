import type { Locator, Page } from '@playwright/test'
import { expect as baseExpect, expectNoAxeViolations, signInAs, test } from './fixtures'
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
  test.beforeEach(async ({ page }) => {
    await signInAs(page, 'admin')
  })

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
})
