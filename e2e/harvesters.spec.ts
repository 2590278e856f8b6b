import { configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { admin } from './helpers'

const expect = configureWaits({ step: 30_000, test: 120_000 })

test('read a harvest job’s errors, follow a harvested dataset back to its source', async ({
  page,
}) => {
  const { organization } = await admin()
  await signInAs(page, 'admin')
  await page.goto(`/organizations/${organization}/harvesters`)
  const sources = page.getByRole('table', { name: 'Moissonneurs de l’organisation' })
  const dcat = sources.getByRole('row').filter({ hasText: 'Catalogue géographique (DCAT)' })
  await expect(dcat.getByText('Terminé avec erreurs')).toBeVisible()
  // deleted sources only on request
  await expect(sources.getByText('Ancien portail CKAN')).toHaveCount(0)
  await page.locator('label', { hasText: 'Afficher les moissonneurs supprimés' }).click()
  await expect(sources.getByRole('row').filter({ hasText: 'Ancien portail CKAN' })).toContainText(
    'Supprimé',
  )
  await expectNoAxeViolations(page)

  await dcat.getByRole('link', { name: 'Catalogue géographique (DCAT)' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Catalogue géographique (DCAT)' }),
  ).toBeVisible()
  const runs = page.getByRole('table', { name: /Moissons du moissonneur/ })
  await expect(runs.getByRole('row').nth(1)).toContainText('Terminé avec erreurs')
  await expectNoAxeViolations(page)

  await runs.getByRole('row').nth(1).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: /^Moisson du / })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Statut des éléments' })).toHaveValue('failed')
  const items = page.getByRole('table', { name: 'Éléments de la moisson' })
  const failed = items.getByRole('row').filter({ hasText: 'En échec' })
  await expect(failed.first()).toBeVisible()
  await expect(
    items
      .getByText(/is required|not a known license|Unknown frequency|not valid|Unable to parse/)
      .first(),
  ).toBeVisible()
  await expectNoAxeViolations(page)

  // A failed item that updates a harvested dataset links to it in the console…
  const datasetLink = failed.getByRole('link').filter({ hasNotText: 'Fiche distante' }).first()
  const title = (await datasetLink.textContent()) ?? ''
  await datasetLink.click()
  await expect(page.getByRole('heading', { level: 1, name: title.trim() })).toBeVisible()
  // …whose page says it is harvested and links back to its source.
  await page.getByRole('link', { name: 'Voir son moissonneur' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Catalogue géographique (DCAT)' }),
  ).toBeVisible()
})
