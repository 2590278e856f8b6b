import { account } from './accounts'
import { api, configureWaits, expectNoAxeViolations, test } from './fixtures'
import {
  admin,
  createViaApi,
  publicDataset,
  rowLinkingTo,
  unique,
  type ApiDiscussion,
  type ApiPage,
} from './helpers'

// The inbox asks the API about every reused dataset of the organization (hundreds in the full
// seed) and the shared machine is slow: allow time.
const expect = configureWaits({ step: 120_000, test: 300_000 })

const inbox = 'Réutilisations des jeux de données de l’organisation'

type Reuse = { id: string; title: string }

/** Another organization (Région Bretagne) reuses one of the admin organization's datasets. */
async function othersReuse(): Promise<Reuse & { organizationId: string }> {
  const other = await account('other-org-member')
  const dataset = await publicDataset('-reuses')
  const reuse = await createViaApi<Reuse>('/api/1/reuses/', other.api_key, {
    title: `Carte bretonne ${unique()}`,
    description: 'Une **visualisation** de vos données.',
    url: `https://example.org/bzh/${unique()}`,
    type: 'visualization',
    topic: 'environment_and_energy',
    datasets: [dataset.id],
    organization: other.organization_id,
  })
  return { ...reuse, organizationId: (await admin()).organization }
}

test.describe('review inbox', () => {
  test.use({ signedInAs: 'admin' })

  test('lists others’ reuses of our data; the reviewed state survives a reload', async ({
    page,
  }) => {
    const reuse = await othersReuse()
    await page.goto(`/organizations/${reuse.organizationId}/review`)
    const row = rowLinkingTo(page, inbox, reuse.title)
    await expect(row).toBeVisible()
    await expectNoAxeViolations(page)

    await row.getByRole('button', { name: /Marquer comme revue/ }).click()
    await expect(row.getByText('Revue', { exact: true })).toBeVisible()
    await page.reload()
    const rowAgain = rowLinkingTo(page, inbox, reuse.title)
    await expect(rowAgain.getByText('Revue', { exact: true })).toBeVisible()
    await expect(rowAgain.getByRole('button', { name: /Marquer comme non revue/ })).toBeVisible()

    // Filter: unreviewed only hides it; the filter lives in the URL.
    // DSFR draws checkboxes on their labels, which take the click.
    await page.locator('label', { hasText: 'Seulement les non revues' }).click()
    await expect(page).toHaveURL(/unreviewed=1/)
    await expect(page.getByRole('link', { name: reuse.title })).toHaveCount(0)
    await page.locator('label', { hasText: 'Seulement les non revues' }).click()
    await expect(page).not.toHaveURL(/unreviewed=1/)

    // A selection is marked in one go, once every dataset's reuses are in: rows arriving later
    // are sorted in among the first ones, and the second row would not be the one ticked.
    await expect(page.getByText(/Recherche des réutilisations/)).toHaveCount(0)
    const rows = page.getByRole('table', { name: inbox }).getByRole('row')
    // The row checkboxes' labels are screen-reader only: tick them with the keyboard.
    await rows.nth(1).getByRole('checkbox').press('Space')
    await rows.nth(2).getByRole('checkbox').press('Space')
    await expect(rows.nth(2).getByRole('checkbox')).toBeChecked()
    await page.getByRole('button', { name: /Marquer 2 sélectionnées comme revues/ }).click()
    await expect(rows.nth(1).getByText('Revue', { exact: true })).toBeVisible()
    await expect(rows.nth(2).getByText('Revue', { exact: true })).toBeVisible()
  })

  test('detail: discuss as the organization, and report', async ({ page }) => {
    const reuse = await othersReuse()
    await page.goto(`/organizations/${reuse.organizationId}/review/${reuse.id}`)
    await expect(page.getByRole('heading', { name: reuse.title, level: 1 })).toBeVisible()
    await expect(page.locator('strong', { hasText: 'visualisation' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Ouvrir la réutilisation/ })).toHaveAttribute(
      'target',
      '_blank',
    )
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Marquer comme revue' }).click()
    await expect(page.getByRole('button', { name: 'Marquer comme non revue' })).toBeVisible()

    await page.getByRole('button', { name: 'Démarrer une discussion' }).click()
    const form = page.getByRole('form', { name: 'Démarrer une discussion' })
    await form.getByRole('textbox', { name: 'Titre' }).fill('Merci pour cette carte')
    await form.getByRole('textbox', { name: /Message/ }).fill('Pourriez-vous citer la source ?')
    // DSFR draws the radio on its label, which takes the click.
    await form.locator('label', { hasText: 'L’organisation' }).click()
    await expect(form.getByRole('radio', { name: /L’organisation/ })).toBeChecked()
    await form.getByRole('button', { name: 'Publier la discussion' }).click()
    await expect(page.getByRole('button', { name: /Merci pour cette carte/ })).toBeVisible()
    const discussions = await api<ApiPage<ApiDiscussion>>(`/api/1/discussions/?for=${reuse.id}`, {
      key: (await admin()).key,
    })
    expect(discussions.body.data[0]?.title).toBe('Merci pour cette carte')
    expect(discussions.body.data[0]?.organization?.id).toBe(reuse.organizationId)

    await page.getByRole('button', { name: 'Signaler cette réutilisation' }).click()
    const report = page.getByRole('form', { name: 'Signaler cette réutilisation' })
    await report.getByRole('button', { name: 'Envoyer le signalement' }).click()
    await expect(report.getByText('Ce champ est obligatoire.')).toBeVisible()
    await report.getByRole('combobox', { name: 'Motif' }).selectOption('spam')
    await report.getByRole('button', { name: 'Envoyer le signalement' }).click()
    await expect(page.getByText('Signalement envoyé à l’équipe de modération.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the organization home counts reuses newer than the last visit', async ({ page }) => {
    const reuse = await othersReuse()
    await page.goto(`/organizations/${reuse.organizationId}/review`)
    await expect(page.getByRole('link', { name: reuse.title })).toBeVisible()
    await page.goto(`/organizations/${reuse.organizationId}`)
    const summary = page.getByRole('region', { name: 'Réutilisations de vos données' })
    await expect(
      summary.getByText('Aucune nouvelle réutilisation depuis votre dernière visite.'),
    ).toBeVisible()
    await othersReuse()
    await page.reload()
    await expect(
      summary.getByText('1 nouvelle réutilisation depuis votre dernière visite.'),
    ).toBeVisible()
    await summary.getByRole('link', { name: 'Voir les réutilisations de nos données' }).click()
    await expect(page).toHaveURL(/\/review$/)
  })
})
