import { api, configureWaits, expectNoAxeViolations, test } from './fixtures'
import { admin, createViaApi, unique, type ApiPage } from './helpers'

// The shared 2-core machine is slow: screens may take a while to appear.
const expect = configureWaits({ step: 30_000, test: 180_000 })

type Dataservice = {
  id: string
  title: string
  description: string
  base_api_url: string | null
  rate_limiting: string | null
  private: boolean
  archived_at: string | null
  deleted_at: string | null
  access_type: string
  datasets: { total: number }
  metadata_modified_at: string
}

async function getDataservice(id: string): Promise<Dataservice> {
  const { body } = await api<Dataservice>(`/api/1/dataservices/${id}/`, {
    key: (await admin()).key,
  })
  return body
}

/** Datasets of our own, so the picker finds exactly them whatever other specs create. */
async function createDatasets(
  token: string,
  count: number,
): Promise<{ id: string; title: string }[]> {
  const { key, organization } = await admin()
  const created: { id: string; title: string }[] = []
  for (let i = 1; i <= count; i++) {
    const dataset = await createViaApi<{ id: string; title: string }>('/api/1/datasets/', key, {
      title: `Jeu ${token} n${i}`,
      description: 'Jeu de données de test dataservices.spec.ts',
      organization,
      private: false,
    })
    created.push(dataset)
  }
  return created
}

test.describe('organization APIs (dataservices)', () => {
  test.use({ signedInAs: 'admin' })

  test('create an API with three linked datasets, publish it, find it, archive, delete and restore it', async ({
    page,
  }) => {
    const { key, organization } = await admin()
    const token = `apie2e${unique().replace(/\D/g, '')}`
    const datasets = await createDatasets(token, 3)
    const title = `API ${token}`

    await page.goto(`/organizations/${organization}/dataservices`)
    await expect(page.getByRole('heading', { name: 'API', level: 1 })).toBeVisible()
    await expect(page.getByRole('table', { name: 'API de l’organisation' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Nouvelle API' }).click()
    await expect(page.getByRole('heading', { name: 'Nouvelle API', level: 1 })).toBeVisible()
    await page.getByRole('textbox', { name: 'Titre' }).fill(title)
    await page.getByRole('textbox', { name: /^Description/ }).fill('Une API **de test**.')
    await expect(page.getByRole('strong').filter({ hasText: 'de test' })).toBeVisible()
    await page
      .getByRole('textbox', { name: /URL de base de l’API/ })
      .fill('https://api.example.org/e2e/v1/')
    await page.getByRole('combobox', { name: 'Format' }).selectOption('REST')
    await page.getByRole('combobox', { name: 'Type d’accès' }).selectOption('restricted')
    await page
      .getByRole('combobox', { name: 'Administrations et collectivités' })
      .selectOption('yes')
    await page.getByRole('textbox', { name: /Limites d’appel/ }).fill('10 requêtes par seconde')
    const search = page.getByRole('searchbox', { name: /Rechercher un jeu de données/ })
    await search.fill(token)
    for (const dataset of datasets)
      await page.getByRole('button', { name: `Ajouter ${dataset.title}` }).click()
    await expect(page.getByText('3 jeux de données liés')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Créer l’API' }).click()

    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
    await expect(page.getByText('Brouillon', { exact: true })).toBeVisible()
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? ''
    const created = await getDataservice(id)
    expect(created).toMatchObject({
      title,
      private: true,
      access_type: 'restricted',
      base_api_url: 'https://api.example.org/e2e/v1/',
      rate_limiting: '10 requêtes par seconde',
      datasets: { total: 3 },
    })
    const linked = await api<ApiPage<{ id: string }>>(
      `/api/2/datasets/?dataservice=${id}&page_size=50`,
      { key },
    )
    expect(linked.body.data.map((d) => d.id).sort()).toEqual(datasets.map((d) => d.id).sort())
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Publier' }).click()
    await expect(page.getByText('Publiée', { exact: true })).toBeVisible()
    await expect.poll(async () => (await getDataservice(id)).private).toBe(false)

    await page.getByRole('link', { name: 'API', exact: true }).first().click()
    await page.getByRole('searchbox', { name: 'Rechercher dans les API (titre)' }).fill(token)
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`q=${token}`))
    const row = page.getByRole('row', { name: new RegExp(title) })
    await expect(row).toContainText('Publiée')
    await expect(row).toContainText('Restreint')
    await row.getByRole('link', { name: title }).click()

    await page.getByRole('button', { name: 'Archiver' }).click()
    await expect(page.getByText('Archivée', { exact: true })).toBeVisible()
    await expect.poll(async () => (await getDataservice(id)).archived_at).not.toBeNull()

    await page.getByRole('button', { name: 'Supprimer' }).click()
    const dialog = page.getByRole('dialog', { name: 'Supprimer cette API ?' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Supprimer l’API' }).click()
    await expect(
      page.getByText('Cette API est supprimée. Restaurez-la pour la modifier.'),
    ).toBeVisible()
    await expect.poll(async () => (await getDataservice(id)).deleted_at).not.toBeNull()

    await page.getByRole('button', { name: 'Restaurer' }).click()
    await expect(page.getByText('Archivée', { exact: true })).toBeVisible()
    await expect.poll(async () => (await getDataservice(id)).deleted_at).toBeNull()
  })

  test.describe('conflicts', () => {
    // The check before saving re-reads the API and, when it moved, its linked datasets, on
    // purpose: udata serves dataservices on v1 only, so the re-read has the very URL of the
    // page's first read (datasets and reuses re-read through v2 and need no exemption).
    test.use({ allowDuplicateRequests: true })

    test('an edit from another client meanwhile shows the conflict view; the user chooses', async ({
      page,
    }) => {
      const { key, organization } = await admin()
      const token = unique()
      const created = await createViaApi<Dataservice>('/api/1/dataservices/', key, {
        title: `API conflit ${token}`,
        description: 'Avant',
        organization,
        rate_limiting: '5 par seconde',
      })

      await page.goto(`/organizations/${organization}/dataservices/${created.id}`)
      const form = page.getByRole('form', { name: 'Modifier l’API' })
      await expect(form.getByRole('textbox', { name: 'Titre' })).toHaveValue(created.title)
      await form.getByRole('textbox', { name: /^Description/ }).fill('Ma description')
      await form.getByRole('textbox', { name: /Limites d’appel/ }).fill('20 par seconde')

      // Another client changes the description and the acronym meanwhile (PATCH, as udata wants).
      const other = await api<Dataservice>(`/api/1/dataservices/${created.id}/`, {
        key,
        method: 'PATCH',
        json: { description: 'Leur description', acronym: 'AUTRE' },
      })
      expect(other.status).toBe(200)

      await form.getByRole('button', { name: 'Enregistrer' }).click()
      const conflict = page.getByRole('region', {
        name: 'Cette API a changé depuis que vous l’avez ouverte',
      })
      await expect(conflict).toBeVisible()
      const table = conflict.getByRole('table')
      await expect(table.getByRole('row', { name: /Description/ })).toContainText(
        'Leur description',
      )
      await expect(table.getByRole('row', { name: /Description/ })).toContainText('Ma description')
      await expectNoAxeViolations(page)

      // Keep mine for the description; the acronym (only theirs) keeps their value.
      const choice = table.getByRole('group', { name: 'Valeur à garder pour Description' })
      await choice.getByText('Garder la mienne', { exact: true }).click()
      await expect(choice.getByRole('radio', { name: 'Garder la mienne' })).toBeChecked()
      await conflict.getByRole('button', { name: 'Enregistrer avec ces choix' }).click()
      await expect(conflict).toBeHidden()
      await expect
        .poll(async () => {
          const now = await getDataservice(created.id)
          return [now.description, now.rate_limiting, (now as { acronym?: string }).acronym]
        })
        .toEqual(['Ma description', '20 par seconde', 'AUTRE'])
      await expect(form.getByRole('textbox', { name: 'Sigle' })).toHaveValue('AUTRE')
    })
  })
})
