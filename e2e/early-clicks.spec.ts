import type { Page, Route } from '@playwright/test'
import { account } from './accounts'
import { configureWaits, signInAs, test } from './fixtures'

// DSFR's script loads after the first screen (src/app/dsfr-script-gate.ts). A click on a control
// it drives, made before it has started, must still open what it controls. These tests hold the
// script's request until the click is made, so the click always lands before DSFR has started,
// whatever the machine's speed; the dev server loads the script at once, so only the production
// build is in question.
const production = process.env.E2E_PROD === '1'
const expect = configureWaits({ step: 30_000 })

/** Holds DSFR's script until the returned function is called. */
async function holdDsfrScript(page: Page) {
  let releaseScript: () => void = () => undefined
  const released = new Promise<void>((resolve) => {
    releaseScript = resolve
  })
  let requested = false
  await page.route(/\/assets\/dsfr\.module-[^/]*\.js$/, async (route: Route) => {
    requested = true
    await released
    await route.continue()
  })
  return {
    release: () => releaseScript(),
    requested: () => requested,
  }
}

test.describe('controls DSFR drives, clicked before its script has started', () => {
  test.skip(!production, 'the dev server loads DSFR at once (E2E_PROD=1)')

  test('the organization switcher opens', async ({ page }) => {
    const admin = await account('admin')
    await signInAs(page, 'admin')
    const script = await holdDsfrScript(page)
    await page.goto(`/organizations/${admin.organization_id}/datasets`)
    const navigation = page.getByRole('navigation', { name: 'Menu principal' })
    const switcher = navigation.getByRole('button', { name: /Organisation : ?MTE/ })
    await switcher.click()
    await expect(page.locator('html')).not.toHaveAttribute('data-fr-js', 'true')
    // The click asked for the script; it arrives, starts, and the click is replayed.
    await expect.poll(() => script.requested()).toBe(true)
    script.release()
    await expect(switcher).toHaveAttribute('aria-expanded', 'true')
    await expect(navigation.getByRole('link', { name: 'Toutes mes organisations' })).toBeVisible()
  })

  test('the header menu (a DSFR modal) opens on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 480, height: 800 })
    const admin = await account('admin')
    await signInAs(page, 'admin')
    const script = await holdDsfrScript(page)
    await page.goto(`/organizations/${admin.organization_id}/datasets`)
    const menuButton = page.getByRole('button', { name: 'Menu', exact: true })
    await menuButton.click()
    await expect(page.locator('html')).not.toHaveAttribute('data-fr-js', 'true')
    await expect.poll(() => script.requested()).toBe(true)
    script.release()
    const menu = page.getByRole('dialog')
    await expect(menu).toBeVisible()
    await expect(menu.getByRole('button', { name: /Organisation : ?MTE/ })).toBeVisible()
  })
})
