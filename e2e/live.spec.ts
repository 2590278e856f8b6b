import { chooseRadio } from './connect-helpers'
import { configureWaits, test } from './fixtures'

/**
 * Read-only smoke journeys against a real udata instance (e.g. https://demo.data.gouv.fr).
 * Run with: UDATA_LIVE_URL=https://demo.data.gouv.fr UDATA_LIVE_KEY=… npx playwright test --project=live
 * Nothing is written: connect, pick an organization, read the home counts.
 */
const liveUrl = process.env.UDATA_LIVE_URL
const liveKey = process.env.UDATA_LIVE_KEY

// A real instance over the internet answers more slowly than the sandbox.
const expect = configureWaits({ step: 30_000 })

test.describe('live instance @live', () => {
  test.skip(
    !liveUrl || !liveKey,
    'set UDATA_LIVE_URL and UDATA_LIVE_KEY to run against a real udata',
  )
  test.slow()

  test('connect, pick an organization and read its home counts @live', async ({ page }) => {
    await page.goto('/connect')
    await chooseRadio(page, /Un autre portail udata/)
    await page.getByLabel('Adresse du portail').fill(liveUrl!)
    await page.getByLabel('Clé d’API').fill(liveKey!)
    await page.getByRole('button', { name: 'Se connecter' }).click()

    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toHaveText(
      /Choisir une organisation|Vous n’êtes membre d’aucune organisation/,
    )
    const { local } = await page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }) }))
    expect(local).not.toContain(liveKey!)
    test.skip(
      (await heading.textContent())?.includes('aucune organisation') ?? false,
      'the live account belongs to no organization',
    )

    await page.getByRole('main').getByRole('link').first().click()
    await expect(page).toHaveURL(/\/organizations\/[0-9a-f]{24}$/)
    for (const label of ['Publics', 'Brouillons', 'Archivés', 'Supprimés']) {
      await expect(
        page.getByRole('link', { name: new RegExp(`^[\\d  ]+ ${label}$`) }),
      ).toBeVisible()
    }
  })
})
