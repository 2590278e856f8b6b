import { account } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'

// Pages load lazily from a shared, busy machine: give the first paint time.
const expect = configureWaits({ step: 30_000 })

const mteName = 'Ministère de la Transition écologique'

async function total(path: string, key: string): Promise<number> {
  const { body } = await api<{ total: number }>(path, { key })
  return body.total
}

test.describe('organizations', () => {
  test.slow()

  test('pick an organization, see its home with counts by status, come back to it', async ({
    page,
  }) => {
    const admin = await account('admin')
    const organizationId = admin.organization_id!
    await signInAs(page, 'admin')
    await page.goto('/?choose')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir une organisation' }),
    ).toBeVisible()
    await expect(page.getByText('Votre rôle : Administrateur')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: `${mteName} (MTE)` }).click()
    await expect(page).toHaveURL(new RegExp(`/organizations/${organizationId}$`))
    await expect(page.getByRole('heading', { level: 1, name: mteName })).toBeVisible()
    await expect(page).toHaveTitle(`Accueil — ${mteName} — udata console`)

    const base = `/api/2/datasets/?organization=${organizationId}&page_size=1`
    const drafts = await total(`${base}&private=true&archived=false&deleted=false`, admin.api_key)
    const deleted = await total(`${base}&deleted=true`, admin.api_key)
    const draftsLink = page.getByRole('link', { name: new RegExp(`Brouillons$`) })
    await expect(draftsLink).toHaveText(`${drafts.toLocaleString('fr-FR')} Brouillons`)
    await expect(draftsLink).toHaveAttribute(
      'href',
      `/organizations/${organizationId}/datasets?status=draft`,
    )
    await expect(page.getByRole('link', { name: /Supprimés$/ })).toHaveText(
      `${deleted.toLocaleString('fr-FR')} Supprimés`,
    )
    await expectNoAxeViolations(page)

    // Next visit to `/` goes straight to the organization picked last.
    await page.goto('/')
    await expect(page).toHaveURL(new RegExp(`/organizations/${organizationId}$`))
    await expect(page.getByRole('heading', { level: 1, name: mteName })).toBeVisible()
  })

  test('switch organization from the header, keeping the section', async ({ page }) => {
    const admin = await account('admin')
    const me = await api<{ organizations: { id: string; name: string }[] }>('/api/1/me/', {
      key: admin.api_key,
    })
    const other = me.body.organizations.find((org) => org.id !== admin.organization_id)!
    await signInAs(page, 'admin')
    await page.goto(`/organizations/${admin.organization_id}`)
    await expect(page.getByRole('heading', { level: 1, name: mteName })).toBeVisible()

    const navigation = page.getByRole('navigation', { name: 'Menu principal' })
    await navigation.getByRole('button', { name: /Organisation : ?MTE/ }).click()
    await navigation.getByRole('link', { name: other.name }).click()
    await expect(page).toHaveURL(new RegExp(`/organizations/${other.id}$`))
    await expect(page.getByRole('heading', { level: 1, name: other.name })).toBeVisible()

    await navigation.getByRole('link', { name: 'Réutilisations' }).click()
    await expect(page).toHaveURL(new RegExp(`/organizations/${other.id}/reuses$`))
    await navigation.getByRole('button', { name: /Organisation : ?IGN/ }).click()
    await navigation.getByRole('link', { name: mteName }).click()
    await expect(page).toHaveURL(new RegExp(`/organizations/${admin.organization_id}/reuses$`))

    await navigation.getByRole('button', { name: /Organisation : ?MTE/ }).click()
    await navigation.getByRole('link', { name: 'Toutes mes organisations' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir une organisation' }),
    ).toBeVisible()
  })

  test('a visitor who is not a member is warned and offered no edits', async ({ page }) => {
    const admin = await account('admin')
    await signInAs(page, 'other-org-member')
    await page.goto(`/organizations/${admin.organization_id}`)
    await expect(page.getByText(/Vous n’êtes pas membre de cette organisation/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Publier un jeu de données' })).toHaveCount(0)
  })
})
