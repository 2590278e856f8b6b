import { account } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'

// The shared 2-core machine is slow: screens may take a while to appear.
const expect = configureWaits({ step: 30_000, test: 120_000 })

type Organization = {
  id: string
  name: string
  acronym: string | null
  description: string
  url: string | null
  business_number_id: string | null
  logo: string | null
}

// A 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

// Région Bretagne's profile, edited by its admin: the big organization stays as other specs
// expect it. What this test changes is put back afterwards.
test('edit the profile: only the changed keys are sent, SIRET checked, logo uploaded', async ({
  page,
}) => {
  const regionAdmin = await account('other-org-member')
  const orgId = regionAdmin.organization_id ?? ''
  const { body: before } = await api<Organization>(`/api/1/organizations/${orgId}/`)
  try {
    await signInAs(page, regionAdmin)
    await page.goto(`/organizations/${orgId}/profile`)
    await expect(
      page.getByRole('heading', { name: 'Profil de l’organisation', level: 1 }),
    ).toBeVisible()
    const form = page.getByRole('form', { name: 'Profil de l’organisation' })
    await expect(form.getByLabel('Nom', { exact: true })).toHaveValue(before.name)
    await expectNoAxeViolations(page)

    await form.getByLabel('Sigle').fill('RB-e2e')
    const description = form.getByLabel(/^Description/).first()
    await description.fill(`${before.description}\n\n**Profil relu**`)
    await expect(form.getByRole('strong').filter({ hasText: 'Profil relu' })).toBeVisible()
    await form.getByLabel(/^Site web/).fill('https://www.bretagne.bzh/donnees/')
    const siret = form.getByLabel(/^Numéro SIRET/)
    await siret.fill('123 456')
    await form.getByRole('button', { name: 'Enregistrer le profil' }).click()
    await expect(form.getByText('Un numéro SIRET compte 14 chiffres.')).toBeVisible()
    await siret.fill('11000000100017')
    await form.getByRole('button', { name: 'Enregistrer le profil' }).click()
    await expect(form.getByText(/Ce numéro SIRET n’est pas valide/)).toBeVisible()

    await siret.fill('732 829 320 00074')
    const put = page.waitForRequest(
      (request) => request.method() === 'PUT' && request.url().includes(`/organizations/${orgId}/`),
    )
    await form.getByRole('button', { name: 'Enregistrer le profil' }).click()
    const sent = (await put).postDataJSON() as Record<string, unknown>
    expect(Object.keys(sent).sort()).toEqual([
      'acronym',
      'business_number_id',
      'description',
      'url',
    ])
    expect(sent.business_number_id).toBe('73282932000074')
    await expect(page.getByText('Profil enregistré.').first()).toBeVisible()

    await page.getByLabel(/Choisir une image|Remplacer l’image/).setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: png,
    })
    await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible()
    await page.getByRole('button', { name: 'Envoyer l’image' }).click()
    await expect(page.getByText('Image enregistrée.').first()).toBeVisible()

    await page.reload()
    await expect(page.getByRole('img', { name: `Logo actuel de ${before.name}` })).toBeVisible()
    await expect(page.getByLabel('Sigle')).toHaveValue('RB-e2e')
    await expect(page.getByLabel(/^Numéro SIRET/)).toHaveValue('73282932000074')
    const { body: after } = await api<Organization>(`/api/1/organizations/${orgId}/`)
    expect(after.logo).not.toBeNull()
    expect(after.url).toBe('https://www.bretagne.bzh/donnees/')
  } finally {
    await api(`/api/1/organizations/${orgId}/`, {
      key: regionAdmin.api_key,
      method: 'PUT',
      json: {
        acronym: before.acronym ?? '',
        description: before.description,
        url: before.url ?? '',
        business_number_id: before.business_number_id ?? '',
      },
    })
  }
})

test('an editor sees the profile read-only, with the reason', async ({ page }) => {
  const editor = await account('editor')
  await signInAs(page, editor)
  await page.goto(`/organizations/${editor.organization_id ?? ''}/profile`)
  await expect(
    page.getByText(
      'Seuls les administrateurs de l’organisation peuvent modifier son profil et son logo.',
    ),
  ).toBeVisible()
  await expect(page.getByLabel('Nom', { exact: true })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Enregistrer le profil' })).toHaveCount(0)
  // the big organization's custom metadata definitions are listed
  await expect(page.getByRole('group', { name: 'Métadonnée 1' })).toBeVisible()
  await expectNoAxeViolations(page)
})
