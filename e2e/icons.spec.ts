import type { Page } from '@playwright/test'
import { account } from './accounts'
import { expect, signInAs, test } from './fixtures'

/**
 * Every DSFR icon drawn on the page: the element, and the URL of its mask image. DSFR draws icons
 * as a ::before mask; an icon missing from the generated icons.min.css has none (a blank icon).
 */
function iconsOn(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[class*="fr-icon-"], [class*=" ri-"]')].map((element) => {
      const style = getComputedStyle(element, '::before')
      const mask = style.maskImage || style.webkitMaskImage
      return {
        icon: [...element.classList].find((name) => /^(fr-icon-|ri-)/.test(name)) ?? '',
        url: /url\("?([^")]+)"?\)/.exec(mask)?.[1] ?? null,
      }
    }),
  )
}

async function expectEveryIconLoads(page: Page) {
  const icons = await iconsOn(page)
  expect(icons.length, 'icons on the page').toBeGreaterThan(0)
  expect(
    icons.filter(({ url }) => !url).map(({ icon }) => icon),
    'icons without a mask image',
  ).toEqual([])
  for (const url of new Set(icons.map((icon) => icon.url ?? ''))) {
    const response = await page.request.get(url)
    expect(response.status(), url).toBe(200)
    expect(response.headers()['content-type'], url).toContain('image/svg+xml')
  }
}

// `npm start` and `npm run dev` serve the console through Vite, which generates the icons before
// anything is served (scripts/dsfr-assets.ts): a fresh clone shows them all.
test('every icon on the connect page and the datasets table has its image', async ({ page }) => {
  await page.goto('/connect')
  await expect(page.getByRole('button', { name: 'Afficher la clé' })).toBeVisible()
  await expectEveryIconLoads(page)

  const admin = await account('admin')
  await signInAs(page, 'admin')
  await page.goto(`/organizations/${admin.organization_id}/datasets`)
  await expect(page.getByRole('link', { name: /Créer un jeu de données/ })).toBeVisible()
  await expect(page.locator('summary', { hasText: 'Colonnes affichées' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Se déconnecter/ })).toBeVisible()
  await expectEveryIconLoads(page)
})
