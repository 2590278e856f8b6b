import { account } from './accounts'
import { configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { admin, createViaApi, publicDataset, rowLinkingTo, unique } from './helpers'

// The list reads every page of the organization's datasets (the full seed has over 1,500) on a
// shared 2-core machine: allow time.
const expect = configureWaits({ step: 60_000, test: 180_000 })

type CommunityResource = { id: string; title: string; url: string }

/** A user without organization adds a file to one of the admin organization's datasets. */
async function othersResource(): Promise<CommunityResource & { datasetId: string }> {
  const loner = await account('no-organization')
  const dataset = await publicDataset()
  const resource = await createViaApi<CommunityResource>(
    '/api/1/datasets/community_resources/',
    loner.api_key,
    {
      dataset: dataset.id,
      title: `Version corrigée ${unique()}`,
      url: `https://example.org/corrige/${unique()}.csv`,
      filetype: 'remote',
      format: 'csv',
      description: 'Les codes communes **corrigés**.',
    },
  )
  return { ...resource, datasetId: dataset.id }
}

test('review a community resource: see why it cannot be edited, mark it reviewed, find it on the dataset', async ({
  page,
}) => {
  const resource = await othersResource()
  const { organization } = await admin()
  await signInAs(page, 'admin')
  await page.goto(`/organizations/${organization}/community-resources`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ressources communautaires' }),
  ).toBeVisible()
  const row = rowLinkingTo(
    page,
    'Ressources communautaires des jeux de données de l’organisation',
    resource.title,
  )
  await expect(row).toBeVisible()
  await expect(row.getByText('Non revue', { exact: true })).toBeVisible()
  await expect(page.getByText(/Recherche des jeux de données/)).toHaveCount(0)
  await expectNoAxeViolations(page)

  await row.getByRole('link', { name: resource.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: resource.title })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'Pourquoi vous ne pouvez pas la modifier' }),
  ).toBeVisible()
  await expect(page.getByText(/udata refuse \(403\)/)).toBeVisible()
  const open = page.getByRole('link', { name: /Ouvrir le fichier/ })
  await expect(open).toHaveAttribute('href', resource.url)
  await expect(open).toHaveAttribute('target', '_blank')
  await expect(open).toHaveAttribute('rel', 'noopener noreferrer')
  // Reporting is not possible in udata: a discussion on the dataset, prefilled, is offered
  await expect(page.getByText(/udata ne permet pas de signaler/)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue(
    `À propos de la ressource communautaire « ${resource.title} »`,
  )
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Marquer comme revue' }).click()
  await expect(page.getByRole('button', { name: 'Marquer comme non revue' })).toBeVisible()

  // Back in the list, the unreviewed filter hides it now (the filter lives in the URL).
  await page.getByRole('link', { name: 'Ressources communautaires', exact: true }).first().click()
  await expect(row.getByText('Revue', { exact: true })).toBeVisible()
  // DSFR draws checkboxes on their labels, which take the click.
  await page.locator('label', { hasText: 'Seulement les non revues' }).click()
  await expect(page).toHaveURL(/unreviewed=1/)
  await expect(page.getByRole('link', { name: resource.title })).toHaveCount(0)

  // The dataset's tab lists it with the same review state.
  await page.goto(
    `/organizations/${organization}/datasets/${resource.datasetId}/community-resources`,
  )
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: resource.title }) })
  await expect(item.getByText('Revue', { exact: true })).toBeVisible()
  await expect(item.getByText('Disponible').or(item.getByText('Non vérifié'))).toBeVisible()
  await expectNoAxeViolations(page)
})
