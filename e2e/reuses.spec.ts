import { api, configureWaits, expectNoAxeViolations, test } from './fixtures'
import { admin, createViaApi, unique, type ApiPage } from './helpers'

// The shared 2-core machine is slow: screens may take a while to appear.
const expect = configureWaits({ step: 30_000, test: 180_000 })

type Reuse = {
  id: string
  title: string
  url: string
  image: string | null
  deleted: string | null
  private: boolean
  organization: { id: string } | null
  datasets: { id: string; title: string }[]
}

// A 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

async function createReuse(json: Record<string, unknown>): Promise<Reuse> {
  const { key, organization } = await admin()
  return createViaApi<Reuse>('/api/1/reuses/', key, {
    title: `Réutilisation e2e ${unique()}`,
    description: 'Créée par un test',
    url: `https://example.org/e2e/${unique()}`,
    type: 'application',
    topic: 'health',
    organization,
    ...json,
  })
}

async function getReuse(id: string): Promise<Reuse> {
  const { body } = await api<Reuse>(`/api/1/reuses/${id}/`, { key: (await admin()).key })
  return body
}

test.describe('organization reuses', () => {
  test.use({ signedInAs: 'admin' })

  test('the list filters by type and status, and keeps them and the page in the URL', async ({
    page,
  }) => {
    const org = (await admin()).organization
    await page.goto(`/organizations/${org}/reuses`)
    await expect(page.getByRole('heading', { name: 'Réutilisations', level: 1 })).toBeVisible()
    const table = page.getByRole('table', { name: 'Réutilisations de l’organisation' })
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Page suivante' }).click()
    await expect(page).toHaveURL(/[?&]page=2/)
    await expect(page.getByText('Page 2 sur')).toBeVisible()

    await page.getByRole('combobox', { name: 'Statut' }).selectOption('draft')
    await expect(page).toHaveURL(/status=draft/)
    await expect(page).not.toHaveURL(/page=2/)
    const rows = table.getByRole('row')
    await expect(rows.nth(1)).toBeVisible()
    for (const row of (await rows.all()).slice(1)) await expect(row).toContainText('Brouillon')

    await page.getByRole('combobox', { name: 'Type' }).selectOption('api')
    await expect(page).toHaveURL(/type=api/)
    await page.reload()
    await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('api')
    await expect(page.getByRole('combobox', { name: 'Statut' })).toHaveValue('draft')
  })

  test('create: duplicate URL on the field, markdown preview, dataset picker; then image, delete and restore', async ({
    page,
  }) => {
    const { organization: org, key } = await admin()
    const taken = await api<ApiPage<Reuse>>(`/api/2/reuses/?organization=${org}&page_size=1`, {
      key,
    })
    const takenUrl = taken.body.data[0]?.url ?? ''
    await page.goto(`/organizations/${org}/reuses/new`)
    const title = `Carte e2e ${unique()}`
    await page.getByRole('textbox', { name: 'Titre' }).fill(title)
    await page.getByRole('textbox', { name: /Lien vers la réutilisation/ }).fill(takenUrl)
    await page.getByRole('combobox', { name: 'Type' }).selectOption('visualization')
    await page.getByRole('combobox', { name: 'Thématique' }).selectOption('health')
    await page
      .getByRole('textbox', { name: /Description/ })
      .fill('Une carte **interactive**.\n\n<img src=x alt="x" onerror="alert(1)">')
    await expect(page.locator('strong', { hasText: 'interactive' })).toBeVisible()

    await page.getByRole('searchbox', { name: /Rechercher un jeu de données/ }).fill('eau')
    const addButtons = page.getByRole('button', { name: /^Ajouter / })
    await expect(addButtons.first()).toBeVisible()
    const datasetTitle = ((await addButtons.first().getAttribute('aria-label')) ?? '').replace(
      /^Ajouter /,
      '',
    )
    await addButtons.first().click()
    await expect(page.getByRole('button', { name: `Retirer ${datasetTitle}` })).toBeVisible()
    await expect(page.getByText('1 jeu de données lié')).toBeVisible()

    await page.getByRole('button', { name: 'Créer la réutilisation' }).click()
    const urlField = page.getByRole('textbox', { name: /Lien vers la réutilisation/ })
    await expect(page.getByText('This URL is already registered')).toBeVisible()
    await expect(urlField).toHaveAccessibleDescription(/This URL is already registered/)
    await expectNoAxeViolations(page)

    await urlField.fill(`https://example.org/e2e/${unique()}`)
    await page.getByRole('button', { name: 'Créer la réutilisation' }).click()
    await expect(page).toHaveURL(/\/reuses\/[0-9a-f]{24}$/)
    const reuseId = page.url().split('/').pop() ?? ''
    const created = await getReuse(reuseId)
    expect(created.title).toBe(title)
    expect(created.organization?.id).toBe(org)
    expect(created.private).toBe(true)
    expect(created.datasets.map((d) => d.title)).toEqual([datasetTitle])

    // Anything but JPEG/PNG/WebP is explained and never sent.
    let uploads = 0
    page.on('request', (request) => {
      if (request.url().includes('/image/')) uploads++
    })
    const fileInput = page.getByLabel(/Choisir une image/)
    await fileInput.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    })
    await expect(
      page.getByText(/« notes\.txt » \(text\/plain\) n’est pas une image acceptée/),
    ).toBeVisible()
    expect(uploads).toBe(0)
    await fileInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png })
    await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible()
    await page.getByRole('button', { name: 'Envoyer l’image' }).click()
    await expect(page.getByText('Image enregistrée.').first()).toBeVisible()
    await expect.poll(async () => (await getReuse(reuseId)).image).not.toBeNull()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Supprimer la réutilisation' }).click()
    await page.getByRole('button', { name: 'Oui, supprimer' }).click()
    await expect(
      page.getByText('Cette réutilisation est supprimée. Restaurez-la pour la modifier.'),
    ).toBeVisible()
    await expect.poll(async () => (await getReuse(reuseId)).deleted).not.toBeNull()
    await page.getByRole('button', { name: 'Restaurer' }).click()
    await expect.poll(async () => (await getReuse(reuseId)).deleted).toBeNull()
    await expect(page.getByRole('button', { name: 'Supprimer la réutilisation' })).toBeVisible()
  })

  test('editing sends the full dataset list, and unsaved changes hold navigation', async ({
    page,
  }) => {
    const { organization: org, key } = await admin()
    const datasets = await api<ApiPage<{ id: string; title: string }>>(
      `/api/2/datasets/?organization=${org}&page_size=26&deleted=false`,
      { key },
    )
    const ids = datasets.body.data.map((d) => d.id)
    const reuse = await createReuse({ datasets: ids.slice(0, 25) })
    await page.goto(`/organizations/${org}/reuses/${reuse.id}`)
    await expect(page.getByText('25 jeux de données liés')).toBeVisible()
    await page
      .getByRole('button', { name: /^Retirer / })
      .first()
      .click()
    await expect(page.getByText('24 jeux de données liés')).toBeVisible()

    // Leaving with unsaved changes asks first.
    await page.getByRole('link', { name: 'Annuler' }).click()
    const dialog = page.getByRole('dialog', { name: 'Modifications non enregistrées' })
    await expect(dialog).toBeVisible()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Rester' }).click()
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.id}$`))

    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByText('Réutilisation enregistrée.')).toBeVisible()
    const saved = await getReuse(reuse.id)
    expect(saved.datasets.map((d) => d.id)).toEqual(ids.slice(1, 25))
    // Saved: leaving no longer asks.
    await page.getByRole('link', { name: 'Annuler' }).click()
    await expect(page).toHaveURL(new RegExp(`/organizations/${org}/reuses$`))
  })

  test('injection payloads in seeded reuses stay inert text', async ({ page }) => {
    const { organization: org, key } = await admin()
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`)
    })
    const hostile = await api<ApiPage<Reuse>>(
      `/api/1/reuses/?q=${encodeURIComponent('douteuse')}&page_size=10`,
      {
        key,
      },
    )
    const trapped = await api<ApiPage<Reuse>>(
      `/api/1/reuses/?q=${encodeURIComponent('piégée')}&page_size=10`,
      {
        key,
      },
    )
    const reuses = [...trapped.body.data, ...hostile.body.data]
    expect(reuses.length).toBeGreaterThan(0)
    for (const reuse of reuses) {
      await page.goto(`/organizations/${org}/review/${reuse.id}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(reuse.title)
      await expect(page.getByText(reuse.url, { exact: true })).toBeVisible()
      // Only http(s) URLs become links.
      await expect(page.getByRole('link', { name: /Ouvrir la réutilisation/ })).toHaveCount(
        /^https?:/.test(reuse.url) ? 1 : 0,
      )
    }
  })
})
