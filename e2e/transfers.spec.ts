import { account } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { admin, unique } from './helpers'

// The shared 2-core machine is slow: screens may take a while to appear.
const expect = configureWaits({ step: 30_000, test: 150_000 })

type Reuse = { id: string; title: string; organization: { id: string } | null }

test('transfer a reuse to Région Bretagne, whose admin accepts it', async ({ page, browser }) => {
  const { key, organization } = await admin()
  const region = await account('other-org-member')
  const regionId = region.organization_id ?? ''
  const title = `Réutilisation à transférer ${unique()}`
  const { body: reuse } = await api<Reuse>('/api/1/reuses/', {
    key,
    method: 'POST',
    json: {
      title,
      description: 'Créée par le test des transferts',
      url: `https://example.org/e2e/${unique()}`,
      type: 'application',
      topic: 'health',
      organization,
    },
  })

  // The admin proposes the transfer from the reuse's page.
  await signInAs(page, 'admin')
  await page.goto(`/organizations/${organization}/reuses/${reuse.id}`)
  await page.getByRole('button', { name: 'Transférer' }).click()
  const dialog = page.getByRole('dialog', { name: `Transférer « ${title} »` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('searchbox', { name: /Organisation destinataire/ }).fill('Bretagne')
  await dialog.getByRole('button', { name: 'Proposer le transfert' }).click()
  await expect(dialog.getByText('Choisissez une organisation dans la liste.')).toBeVisible()
  // DSFR draws the radio on its label, which takes the click.
  // (its acronym may be another spec's edit of the profile, meanwhile)
  await dialog.getByText(/^Région Bretagne/).click()
  await expect(dialog.getByRole('radio', { name: /^Région Bretagne/ })).toBeChecked()
  await dialog.getByLabel('Message aux administrateurs destinataires').fill('Elle vous revient.')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Proposer le transfert' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText('Transfert proposé à Région Bretagne, en attente de réponse.'),
  ).toBeVisible()

  // Région Bretagne's admin accepts it on their transfers page.
  const context = await browser.newContext()
  const other = await context.newPage()
  await signInAs(other, region)
  await other.goto(`/organizations/${regionId}/transfers`)
  await expect(other.getByRole('heading', { name: 'Transferts', level: 1 })).toBeVisible()
  const row = other.getByRole('row').filter({ hasText: title })
  await expect(row).toContainText('Elle vous revient.')
  await expect(row).toContainText('Ministère de la Transition écologique')
  await expectNoAxeViolations(other)
  await row.getByRole('button', { name: 'Accepter' }).click()
  const confirm = other.getByRole('dialog', { name: 'Accepter le transfert ?' })
  await confirm.getByLabel('Commentaire (facultatif)').fill('Merci')
  await confirm.getByRole('button', { name: 'Accepter' }).click()
  await expect(other.getByText(/Transfert accepté/).first()).toBeVisible()

  // It is now theirs: listed as answered, and opened in their organization.
  const history = other.getByRole('table', { name: 'Transferts reçus déjà traités' })
  await history.getByRole('link', { name: title }).click()
  await expect(other).toHaveURL(new RegExp(`/organizations/${regionId}/reuses/${reuse.id}$`))
  await expect(other.getByRole('heading', { name: title, level: 1 })).toBeVisible()
  const { body: moved } = await api<Reuse>(`/api/1/reuses/${reuse.id}/`, { key })
  expect(moved.organization?.id).toBe(regionId)
  await context.close()
})

test('an editor is not offered the transfer of a reuse', async ({ page }) => {
  const { organization } = await admin()
  const { body } = await api<{ data: Reuse[] }>(
    `/api/2/reuses/?organization=${organization}&page_size=1`,
  )
  const reuse = body.data[0]
  if (!reuse) throw new Error('no seeded reuse')
  await signInAs(page, 'editor')
  await page.goto(`/organizations/${organization}/reuses/${reuse.id}`)
  await expect(page.getByRole('heading', { name: reuse.title, level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Supprimer' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Transférer' })).toHaveCount(0)
})
