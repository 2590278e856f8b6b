import { configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { admin, createViaApi, unique } from './helpers'

// A journey of several saves on a shared, loaded 2-core machine: generous waits.
const expect = configureWaits({ step: 30_000, test: 120_000 })

test('a save confirmation is fresh each time, leaves by itself and stays on its page', async ({
  page,
}) => {
  const { key, organization } = await admin()
  const dataset = await createViaApi<{ id: string; title: string }>('/api/1/datasets/', key, {
    title: `E2E avis ${unique()}`,
    description: 'Créé par **notices.spec.ts**.',
    organization,
    private: true,
  })
  await signInAs(page, 'admin')
  await page.goto(`/organizations/${organization}/datasets/${dataset.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title)

  const title = page.getByRole('textbox', { name: /^Titre/ })
  const save = page.getByRole('button', { name: 'Enregistrer' })
  const confirmation = page.getByText('Modifications enregistrées.')
  const notices = page.locator('[aria-live="polite"]').filter({ has: confirmation })

  await title.fill(`${dataset.title} (1)`)
  await save.click()
  await expect(confirmation).toBeVisible()
  await expect(notices).toHaveCount(1)
  await expectNoAxeViolations(page)
  // A success notice dismisses itself after a few seconds.
  await expect(confirmation).toBeHidden()

  // A second save is confirmed again, by a new notice.
  await title.fill(`${dataset.title} (2)`)
  await save.click()
  await expect(confirmation).toBeVisible()
  await expect(confirmation).toHaveCount(1)

  // Navigating within the app leaves the confirmation on the dataset's page.
  await page.getByRole('link', { name: 'Jeux de données', exact: true }).first().click()
  await expect(page).toHaveURL(new RegExp(`/organizations/${organization}/datasets$`))
  await expect(page.getByRole('table')).toBeVisible()
  await expect(confirmation).toBeHidden()

  await page.getByRole('link', { name: 'Modifications en masse', exact: true }).first().click()
  await expect(page).toHaveURL(new RegExp(`/organizations/${organization}/bulk$`))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(confirmation).toBeHidden()

  // Coming back does not bring an old confirmation back either.
  await page.goBack()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${dataset.title} (2)`)
  await expect(confirmation).toBeHidden()
})
