import type { Page } from '@playwright/test'
import { account } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import {
  admin,
  createDatasetToEdit,
  openDataset,
  readDataset as readApiDataset,
  unique,
  type ApiDatasetCore,
  type ApiPage,
} from './helpers'

// Journeys of many steps on a shared, loaded 2-core machine: generous waits.
const expect = configureWaits({ step: 30_000, test: 180_000 })

/**
 * Axe on the screens this spec covers. The app shell's skip links are left out: their
 * "#header-navigation" anchor matches no element (reported to the shell's owner).
 */
const axeScope = { exclude: '.fr-skiplinks' }

type ApiDataset = ApiDatasetCore & {
  frequency_date: string | null
  spatial: { zones: string[]; granularity: string | null } | null
  private: boolean
  archived: string | null
  deleted: string | null
  contact_points: Array<{ id: string; name: string }>
  organization: { id: string } | null
}

async function createDataset(overrides: Record<string, unknown> = {}): Promise<ApiDataset> {
  return createDatasetToEdit<ApiDataset>(await admin(), 'datasets.spec.ts', {
    title: `E2E jeu ${unique()}`,
    tags: ['e2e-test', 'qualite-air'],
    ...overrides,
  })
}

const readDataset = async (id: string) => readApiDataset<ApiDataset>((await admin()).key, id)

const field = (page: Page, name: RegExp) => page.getByRole('textbox', { name })

test.describe('datasets table', () => {
  test.use({ signedInAs: 'admin' })

  test('pages through by next_page and back, keeping the page in the URL', async ({ page }) => {
    const { organization } = await admin()
    await page.goto(`/organizations/${organization}/datasets`)
    const table = page.getByRole('table')
    await expect(table.getByRole('row')).toHaveCount(21)
    const firstTitles: string[] = []
    for (const n of [2, 3, 4]) {
      firstTitles.push(await table.getByRole('row').nth(1).getByRole('link').innerText())
      await page.getByRole('link', { name: 'Page suivante' }).click()
      await expect(page).toHaveURL(new RegExp(`[?&]page=${n}(&|$)`))
      await expect(page.getByText(new RegExp(`^Page ${n} sur \\d+$`))).toBeVisible()
      await expect(table.getByRole('row').nth(1).getByRole('link')).not.toHaveText(
        firstTitles.at(-1) ?? '',
      )
    }
    await page.getByRole('link', { name: 'Page précédente' }).click()
    await expect(page).toHaveURL(/[?&]page=3(&|$)/)
    await page.goBack()
    await expect(page).toHaveURL(/[?&]page=4(&|$)/)
    await page.goBack()
    await page.goBack()
    await page.goBack()
    await expect(page.getByText(/^Page 1 sur \d+$/)).toBeVisible()
    await expect(table.getByRole('row').nth(1).getByRole('link')).toHaveText(firstTitles[0] ?? '')
    await expectNoAxeViolations(page, axeScope)
  })

  test('status, filters, sort, page size and search survive a reload and a shared link', async ({
    page,
    context,
  }) => {
    const { organization } = await admin()
    await page.goto(`/organizations/${organization}/datasets`)
    await page.getByRole('button', { name: /^Publics \(/ }).click()
    await page.getByRole('combobox', { name: 'Licence' }).selectOption('lov2')
    await page.getByRole('combobox', { name: 'Trier par' }).selectOption('title')
    await page.getByRole('combobox', { name: 'Lignes par page' }).selectOption('50')
    await page.getByRole('searchbox', { name: 'Rechercher dans les titres' }).fill('qualité')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(
      /\?status=public&q=qualit%C3%A9&license=lov2&sort=title&page_size=50$/,
    )
    const table = page.getByRole('table')
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    // The URL changes first; until the filtered page answers, the previous rows stay, busy.
    await expect(page.locator('.fr-table[aria-busy="true"]')).toHaveCount(0)
    const titles = await table
      .getByRole('row')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.textContent ?? ''))
    expect(titles.length).toBeGreaterThan(1)
    expect(titles.every((title) => /qualit[ée]/i.test(title))).toBe(true)
    expect(titles).toEqual([...titles].sort())
    await expect(page.getByRole('columnheader', { name: /Titre/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )

    const expectSameView = async (view: Page) => {
      await expect(view.getByRole('button', { name: /^Publics \(/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      )
      await expect(view.getByRole('searchbox', { name: 'Rechercher dans les titres' })).toHaveValue(
        'qualité',
      )
      await expect(view.getByRole('combobox', { name: 'Licence' })).toHaveValue('lov2')
      await expect(view.getByRole('combobox', { name: 'Trier par' })).toHaveValue('title')
      await expect(view.getByRole('combobox', { name: 'Lignes par page' })).toHaveValue('50')
      await expect(view.getByRole('table').getByRole('row').nth(1).getByRole('link')).toHaveText(
        titles[0] ?? '',
      )
    }
    await page.reload()
    await expectSameView(page)

    // The key lives in each tab's sessionStorage: the colleague's tab signs in on its own.
    const shared = await context.newPage()
    await signInAs(shared, 'admin')
    await shared.goto(page.url())
    await expectSameView(shared)
    await shared.close()

    // Removing a filter chip drops it from the URL and the view.
    await page.getByRole('button', { name: /Retirer le filtre Licence/ }).click()
    await expect(page).toHaveURL(/\?status=public&q=qualit%C3%A9&sort=title&page_size=50$/)
  })

  test('filters by tag, format and badge, and shows an empty state that clears filters', async ({
    page,
  }) => {
    const { organization } = await admin()
    await page.goto(`/organizations/${organization}/datasets?tag=nothing-has-this-tag`)
    await expect(page.getByText('Aucun jeu de données ne correspond.')).toBeVisible()
    await page.getByRole('button', { name: 'Effacer les filtres' }).last().click()
    await expect(page).toHaveURL(/\/datasets$/)
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(21)

    await page.getByRole('textbox', { name: /^Format de fichier/ }).fill('csv')
    await page.getByRole('combobox', { name: 'Badge' }).selectOption('hvd')
    await expect(page).toHaveURL(/badge=hvd/)
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/format=csv/)
    await expect(page).toHaveURL(/badge=hvd/)
  })

  test('the seeded injection payloads stay inert text', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const { organization } = await admin()
    await page.goto(`/organizations/${organization}/datasets?q=pi%C3%A9g%C3%A9`)
    const link = page.getByRole('link', { name: /Jeu de données piégé/ })
    await expect(link).toContainText('<script>alert("xss")</script>')
    await expect(link).toContainText('<img src=x onerror=alert(1)>')
    await link.click()
    await expect(
      page.getByRole('heading', { level: 1, name: /Jeu de données piégé/ }),
    ).toContainText('<img src=x onerror=alert(1)> Jeu de données piégé')
    // The description preview is sanitised markdown: no script, handler or javascript: link.
    const preview = page.getByRole('region', { name: 'Aperçu' })
    await expect(preview.getByRole('heading', { name: 'Titre' })).toBeVisible()
    await expect(preview.locator('script, iframe, [onerror], [onmouseover]')).toHaveCount(0)
    await expect(preview.locator('a[href^="javascript:"]')).toHaveCount(0)
    await expect(page.getByRole('list', { name: 'Mots-clés' })).toBeVisible()
    await page.getByRole('link', { name: 'Activité' }).click()
    await expect(page.getByRole('heading', { name: 'Historique des modifications' })).toBeVisible()
    expect(dialogs).toEqual([])
  })
})

test.describe('dataset page and form', () => {
  test.use({ signedInAs: 'admin' })

  test('every metadata field saves, and untouched fields (tags, temporal coverage, resources, extras) survive', async ({
    page,
  }) => {
    const dataset = await createDataset()
    const { key, organization } = await admin()
    const contacts = await api<ApiPage<{ id: string; name: string }>>(
      `/api/1/organizations/${organization}/contacts/`,
      { key },
    )
    const contact = contacts.body.data[0]
    if (!contact) throw new Error('the seed has contact points for the admin organization')

    await openDataset(page, dataset.id)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title)
    await expectNoAxeViolations(page, axeScope)

    await field(page, /^Titre/).fill(`${dataset.title} (modifié)`)
    await field(page, /^Sigle/).fill('E2E')
    await field(page, /^Description courte/).fill('Résumé en une phrase.')
    await field(page, /^Description Markdown/).fill('# Nouveau\n\nAvec **gras**.')
    await expect(page.getByRole('region', { name: 'Aperçu' }).getByText('gras')).toBeVisible()
    await page.getByRole('combobox', { name: 'Licence' }).selectOption('odc-odbl')
    await page.getByRole('combobox', { name: 'Fréquence de mise à jour' }).selectOption('monthly')
    await page.getByLabel('Prochaine mise à jour prévue').fill('2027-03-15')
    await page.getByRole('combobox', { name: /^Couverture géographique/ }).fill('Bretagne')
    await page.getByRole('option', { name: /Bretagne/ }).click()
    await expect(page.getByRole('button', { name: 'Retirer la zone Bretagne' })).toBeVisible()
    await page.getByRole('combobox', { name: 'Granularité géographique' }).selectOption('fr:region')
    // DSFR draws the box on the label, which takes the click.
    await page.locator('label').filter({ hasText: contact.name }).click()
    await expect(page.getByRole('checkbox', { name: new RegExp(contact.name) })).toBeChecked()
    await page
      .locator('label')
      .filter({ hasText: /^Brouillon/ })
      .click()
    await expect(page.getByRole('checkbox', { name: /^Brouillon/ })).not.toBeChecked()
    await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByText('Modifications enregistrées.')).toBeVisible()
    await expect(page.getByText('Modifications non enregistrées')).toBeHidden()

    const saved = await readDataset(dataset.id)
    expect(saved).toMatchObject({
      title: `${dataset.title} (modifié)`,
      acronym: 'E2E',
      description_short: 'Résumé en une phrase.',
      description: '# Nouveau\n\nAvec **gras**.',
      license: 'odc-odbl',
      frequency: 'monthly',
      private: false,
    })
    expect(saved.frequency_date?.slice(0, 10)).toBe('2027-03-15')
    expect(saved.spatial).toMatchObject({ zones: ['fr:region:53'], granularity: 'fr:region' })
    expect(saved.contact_points.map((c) => c.id)).toEqual([contact.id])
    // Untouched: udata's PUT would have wiped tags and temporal coverage had they not been sent.
    expect(saved.tags).toEqual(dataset.tags)
    expect(saved.temporal_coverage).toEqual(dataset.temporal_coverage)
    expect(saved.resources.map((r) => r.id)).toEqual(dataset.resources.map((r) => r.id))
    expect(saved.extras).toEqual(dataset.extras)
  })

  test('tags are normalised like udata, temporal coverage edits, other fields survive', async ({
    page,
  }) => {
    const dataset = await createDataset()
    await openDataset(page, dataset.id)
    const tags = page.getByRole('combobox', { name: /^Mots-clés/ })
    await tags.fill('Données Ouvertes')
    await expect(page.getByText('Sera enregistré : « donnees-ouvertes »')).toBeVisible()
    await tags.press('Enter')
    await tags.fill('ab')
    await tags.press('Enter')
    await expect(
      page.getByText('Un mot-clé fait au moins 3 caractères (après normalisation).'),
    ).toBeVisible()
    await tags.fill('')
    await page.getByRole('button', { name: 'Retirer le mot-clé e2e-test' }).click()
    await expect(page.getByRole('list', { name: 'Mots-clés' }).getByRole('button')).toHaveText([
      'donnees-ouvertes',
      'qualite-air',
    ])
    await page.getByRole('textbox', { name: 'Début' }).fill('2019-06-01')
    await page.getByRole('textbox', { name: /^Fin/ }).fill('')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByText('Modifications enregistrées.')).toBeVisible()

    const saved = await readDataset(dataset.id)
    expect(saved.tags).toEqual(['donnees-ouvertes', 'qualite-air'])
    expect(saved.temporal_coverage).toEqual({ start: '2019-06-01', end: null })
    expect(saved.title).toBe(dataset.title)
    expect(saved.description).toBe(dataset.description)
    expect(saved.private).toBe(true)
    expect(saved.resources).toHaveLength(1)
    expect(saved.extras).toEqual(dataset.extras)
  })

  test('client validation and the server’s field errors land on their fields', async ({ page }) => {
    const dataset = await createDataset()
    await openDataset(page, dataset.id)
    await field(page, /^Titre/).fill('')
    await field(page, /^Description courte/).fill('x'.repeat(201))
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(field(page, /^Titre/)).toHaveAccessibleDescription(/Ce champ est obligatoire/)
    await expect(field(page, /^Description courte/)).toHaveAccessibleDescription(
      /200 caractères au plus/,
    )
    await field(page, /^Titre/).fill(dataset.title)
    await field(page, /^Description courte/).fill('')

    // An older client could send what udata refuses: tamper the PUT on its way so the real
    // sandbox answers its WTForms 400 (`{"errors": {"tags": […], "spatial": {"zones": […]}}}`).
    await page.route(`**/api/1/datasets/${dataset.id}/`, async (route) => {
      if (route.request().method() !== 'PUT') return route.continue()
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>
      await route.continue({
        postData: JSON.stringify({
          ...body,
          tags: ['ok-tag', 'x'],
          spatial: { zones: ['fr:commune:00000'], granularity: null },
        }),
      })
    })
    await field(page, /^Sigle/).fill('ERR')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByRole('combobox', { name: /^Mots-clés/ })).toHaveAccessibleDescription(
      /3.*96/,
    )
    await expect(
      page.getByRole('combobox', { name: /^Couverture géographique/ }),
    ).toHaveAccessibleDescription(/fr:commune:00000/)
    await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
    expect((await readDataset(dataset.id)).acronym).toBeNull()
  })

  test.describe(() => {
    // Saving after resolving re-reads the dataset on purpose (it may have changed again).
    test.use({ allowDuplicateRequests: true })

    test('a concurrent edit by another client leads to the conflict view, never an overwrite', async ({
      page,
    }) => {
      const dataset = await createDataset({ acronym: 'AVANT' })
      const { key } = await admin()
      await openDataset(page, dataset.id)
      await field(page, /^Titre/).fill('Titre choisi dans la console')
      await field(page, /^Sigle/).fill('CONSOLE')

      // Meanwhile, another client changes the title and the description.
      const current = await readDataset(dataset.id)
      const other = await api<ApiDataset>(`/api/1/datasets/${dataset.id}/`, {
        key,
        method: 'PUT',
        json: {
          title: 'Titre changé par un autre client',
          description: 'Description changée ailleurs.',
          tags: current.tags,
          temporal_coverage: current.temporal_coverage,
        },
      })
      expect(other.status).toBe(200)

      await page.getByRole('button', { name: 'Enregistrer' }).click()
      await expect(
        page.getByRole('heading', {
          name: 'Ce jeu de données a changé depuis que vous l’avez ouvert',
        }),
      ).toBeVisible()
      // Nothing was written yet.
      expect((await readDataset(dataset.id)).title).toBe('Titre changé par un autre client')
      const conflicts = page.getByRole('table', { name: /^Champs modifiés/ })
      const titleRow = conflicts.getByRole('row', { name: /^Titre/ })
      await expect(titleRow).toContainText(dataset.title)
      await expect(titleRow).toContainText('Titre changé par un autre client')
      await expect(titleRow).toContainText('Titre choisi dans la console')
      await expect(conflicts.getByRole('row', { name: /^Description/ })).toContainText(
        'Description changée ailleurs.',
      )
      await expectNoAxeViolations(page, axeScope)

      const save = page.getByRole('button', { name: 'Enregistrer avec ces choix' })
      await expect(save).toBeDisabled()
      // DSFR draws the radio on its label, which takes the pointer: click the label as a user does.
      await titleRow.getByText('Garder la mienne', { exact: true }).click()
      await expect(titleRow.getByRole('radio', { name: 'Garder la mienne' })).toBeChecked()
      await page.getByRole('button', { name: 'Enregistrer avec ces choix' }).click()
      await expect(page.getByText('Modifications enregistrées.')).toBeVisible()

      const saved = await readDataset(dataset.id)
      expect(saved.title).toBe('Titre choisi dans la console')
      expect(saved.acronym).toBe('CONSOLE')
      expect(saved.description).toBe('Description changée ailleurs.')
      expect(saved.tags).toEqual(dataset.tags)
    })
  })

  test('leaving with unsaved changes asks first', async ({ page }) => {
    const dataset = await createDataset()
    await openDataset(page, dataset.id)
    await field(page, /^Sigle/).fill('PAS-ENREGISTRE')
    await page.getByRole('link', { name: 'Activité' }).click()
    const dialog = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Rester' }).click()
    await expect(field(page, /^Sigle/)).toHaveValue('PAS-ENREGISTRE')
    await page.getByRole('link', { name: 'Activité' }).click()
    await page
      .getByRole('dialog', { name: 'Quitter sans enregistrer ?' })
      .getByRole('button', { name: 'Quitter la page' })
      .click()
    await expect(page.getByRole('heading', { name: 'Historique des modifications' })).toBeVisible()
    await expectNoAxeViolations(page, axeScope)
  })
})

test.describe('dataset lifecycle', () => {
  test.use({ signedInAs: 'admin' })

  test('create a draft, publish, archive, unarchive, delete and restore', async ({ page }) => {
    const { organization } = await admin()
    await page.goto(`/organizations/${organization}/datasets`)
    await page.getByRole('link', { name: 'Créer un jeu de données' }).click()
    await expect(page.getByRole('heading', { name: 'Nouveau jeu de données' })).toBeVisible()
    await expectNoAxeViolations(page, axeScope)
    const title = `E2E cycle de vie ${Date.now()}`
    await page.getByRole('button', { name: 'Créer le brouillon' }).click()
    await expect(field(page, /^Titre/)).toHaveAccessibleDescription(/Ce champ est obligatoire/)
    await field(page, /^Titre/).fill(title)
    await field(page, /^Description Markdown/).fill('Un jeu créé depuis la console.')
    await page.getByRole('button', { name: 'Créer le brouillon' }).click()

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    const id = /datasets\/([0-9a-f]{24})/.exec(page.url())?.[1] ?? ''
    let stored = await readDataset(id)
    expect(stored.private).toBe(true)
    expect(stored.organization?.id).toBe(organization)
    const header = page.getByRole('list', { name: 'Statut' })
    await expect(header.getByText('Brouillon', { exact: true })).toBeVisible()

    await page.getByRole('button', { name: 'Publier' }).click()
    await expect(page.getByText('Jeu de données publié.')).toBeVisible()
    await expect(header.getByText('Public', { exact: true })).toBeVisible()
    expect((await readDataset(id)).private).toBe(false)

    await page.getByRole('button', { name: 'Archiver' }).click()
    await expect(header.getByText('Archivé', { exact: true })).toBeVisible()
    expect((await readDataset(id)).archived).not.toBeNull()
    await page.getByRole('button', { name: 'Désarchiver' }).click()
    await expect(header.getByText('Archivé', { exact: true })).toBeHidden()
    expect((await readDataset(id)).archived).toBeNull()

    await page.getByRole('button', { name: 'Supprimer' }).click()
    const dialog = page.getByRole('dialog', { name: 'Supprimer ce jeu de données ?' })
    await expect(dialog).toContainText(title)
    await expectNoAxeViolations(page, axeScope)
    await dialog.getByRole('button', { name: 'Supprimer le jeu de données' }).click()
    await expect(header.getByText('Supprimé', { exact: true })).toBeVisible()
    stored = await readDataset(id)
    expect(stored.deleted).not.toBeNull()

    await page.getByRole('button', { name: 'Restaurer' }).click()
    await expect(page.getByText('Jeu de données restauré.')).toBeVisible()
    await expect(header.getByText('Supprimé', { exact: true })).toBeHidden()
    stored = await readDataset(id)
    expect(stored.deleted).toBeNull()
    expect(stored.title).toBe(title)
  })

  test('a harvested dataset warns that the next harvest overwrites edits', async ({ page }) => {
    const { key, organization } = await admin()
    const harvested = await api<ApiPage<{ id: string; harvest: unknown; deleted: string | null }>>(
      // A wide page: datasets that other specs create come first (newest first).
      `/api/2/datasets/?organization=${organization}&deleted=false&page_size=500`,
      { key },
    )
    const target = harvested.body.data.find((dataset) => dataset.harvest)
    if (!target) throw new Error('the seed has harvested datasets')
    await openDataset(page, target.id)
    await expect(page.getByText('Jeu de données moissonné')).toBeVisible()
    await expect(page.getByText(/Le prochain moissonnage écrasera/)).toBeVisible()
  })

  test('a partial editor only sees the actions they may take', async ({ browser }) => {
    const { organization } = await admin()
    const partial = await account('partial-editor')
    const list = await api<ApiPage<{ id: string; permissions?: { edit: boolean } }>>(
      `/api/2/datasets/?organization=${organization}&deleted=false&page_size=100`,
      { key: partial.api_key },
    )
    const readOnly = list.body.data.find((dataset) => dataset.permissions?.edit === false)
    if (!readOnly) throw new Error('the partial editor cannot edit every dataset')
    const context = await browser.newContext()
    const partialPage = await context.newPage()
    await signInAs(partialPage, 'partial-editor')
    await openDataset(partialPage, readOnly.id)
    await expect(partialPage.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(
      partialPage.getByText('Vous pouvez consulter ce jeu de données, mais pas le modifier.'),
    ).toBeVisible()
    await expect(partialPage.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0)
    await expect(
      partialPage.getByRole('button', { name: /Publier|Repasser en brouillon/ }),
    ).toHaveCount(0)
    await expect(partialPage.getByRole('button', { name: 'Supprimer' })).toHaveCount(0)
    await context.close()
  })
})

test.describe('dataset tabs', () => {
  test('each tab has its own URL and passes an accessibility check', async ({ page }) => {
    await signInAs(page, 'admin')
    const dataset = await createDataset()
    await openDataset(page, dataset.id)
    await expect(page.getByRole('link', { name: 'Métadonnées' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await page.getByRole('link', { name: 'Activité' }).click()
    await expect(page).toHaveURL(/\/activity$/)
    await expect(page.getByRole('heading', { name: 'Historique des modifications' })).toBeVisible()
    const activity = page.getByRole('table', { name: /Activité du jeu de données/ })
    // udata's English label ("created a dataset") in the user's language
    await expect(activity.getByRole('cell', { name: 'a créé le jeu de données' })).toBeVisible()
    await expectNoAxeViolations(page, axeScope)
    // An old link past the end of the history goes to its last page, as every list does.
    await page.goto(`${page.url()}?page=9`)
    await expect(page.getByText('Cette page n’existe plus ; voici la dernière page.')).toBeVisible()
    await expect(page).toHaveURL(/\/activity$/)
    await expect(page.getByRole('table', { name: /Activité du jeu de données/ })).toBeVisible()
    const tabs = page.getByRole('navigation', { name: 'Sections du jeu de données' })
    for (const [name, path] of [
      ['Fichiers', 'resources'],
      ['Réutilisations', 'reuses'],
      ['Discussions', 'discussions'],
    ] as const) {
      await tabs.getByRole('link', { name }).click()
      await expect(page).toHaveURL(new RegExp(`/${path}$`))
      await expect(tabs.getByRole('link', { name })).toHaveAttribute('aria-current', 'page')
    }
    const publicLink = page.getByRole('link', { name: /Voir la page publique/ })
    await expect(publicLink).toHaveAttribute('target', '_blank')
    await expect(publicLink).toHaveAttribute('rel', 'noopener noreferrer')
  })
})
