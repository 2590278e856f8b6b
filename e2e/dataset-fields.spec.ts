// Issue 14 item 5: access type and the licence rule, extras, contact points, resource schema and
// checksum, as a user edits them, checked against the API afterwards.
import type { Page } from '@playwright/test'
import { configureWaits, expectNoAxeViolations, test } from './fixtures'
import { admin, createViaApi, openDataset, readDataset as readApiDataset, unique } from './helpers'

const expect = configureWaits({ step: 20_000, test: 120_000 })

type ApiDataset = {
  id: string
  license: string
  access_type: string
  access_audiences: Array<{ role: string; condition: string }>
  access_type_reason_category: string | null
  extras: Record<string, unknown>
  contact_points: Array<{ id: string; name: string; role: string; email: string | null }>
  resources: Array<{
    id: string
    schema: { name: string | null; version: string | null; url: string | null } | null
    checksum: { type: string; value: string } | null
  }>
}

async function createDataset(extra: Record<string, unknown> = {}): Promise<ApiDataset> {
  const { key, organization } = await admin()
  return createViaApi<ApiDataset>('/api/1/datasets/', key, {
    title: `E2E champs ${unique()}`,
    description: 'Créé par dataset-fields.spec.ts.',
    organization,
    private: true,
    license: 'lov2',
    ...extra,
  })
}

const readDataset = async (id: string) => readApiDataset<ApiDataset>((await admin()).key, id)

async function save(page: Page) {
  // The previous save's confirmation may still be on screen (it leaves after a few seconds):
  // what says this save is done is the form's own "unsaved changes" mark going, then the notice.
  const unsaved = page.getByText('Modifications non enregistrées')
  await expect(unsaved).toBeVisible()
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(unsaved).toBeHidden()
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible()
}

test.use({ signedInAs: 'admin' })

test('restricted access clears the licence, with the reason, and back to open', async ({
  page,
}) => {
  const dataset = await createDataset()
  await openDataset(page, dataset.id)
  const license = page.getByRole('combobox', { name: /^Licence/ })
  await expect(license).toHaveValue('lov2')
  await expect(license).toBeEnabled()

  await page.locator('label').filter({ hasText: 'Restreint' }).click()
  await expect(license).toBeDisabled()
  await expect(license).toHaveValue('notspecified')
  await expect(page.getByText(/l’accès n’est pas ouvert/)).toBeVisible()
  await expect(page.getByText(/sera retirée à l’enregistrement/)).toBeVisible()
  await page
    .getByRole('combobox', { name: 'Entreprises et associations' })
    .selectOption('under_condition')
  await page
    .getByRole('combobox', { name: /^Motif de la restriction/ })
    .selectOption('confidentiality_of_personal_data')
  await expectNoAxeViolations(page)
  await save(page)
  await expect(page.getByText(/sera retirée à l’enregistrement/)).toBeHidden()

  let saved = await readDataset(dataset.id)
  expect(saved).toMatchObject({
    access_type: 'restricted',
    license: 'notspecified',
    access_audiences: [{ role: 'company_and_association', condition: 'under_condition' }],
    access_type_reason_category: 'confidentiality_of_personal_data',
  })

  await page.locator('label').filter({ hasText: 'Ouvert à tous' }).click()
  await expect(license).toBeEnabled()
  await license.selectOption('lov2')
  await save(page)
  saved = await readDataset(dataset.id)
  expect(saved).toMatchObject({ access_type: 'open', license: 'lov2' })
})

test('extras: a scalar edited and one added, nested values and system keys intact', async ({
  page,
}) => {
  const dcat = {
    accessRights: ['http://publications.europa.eu/resource/authority/access-right/PUBLIC'],
  }
  const nested = { sources: [{ name: 'a', n: 1 }], meta: { deep: { ok: true } } }
  const dataset = await createDataset({ extras: { dcat, nested, note: 'avant' } })
  await openDataset(page, dataset.id)
  const rows = page.getByRole('group', { name: /^Métadonnée \d/ })
  await expect(rows).toHaveCount(3)
  const noteRow = page.getByRole('group', { name: 'Métadonnée 3 (note)' })
  await noteRow.getByRole('textbox', { name: 'Valeur' }).fill('après')

  await page.getByRole('button', { name: 'Ajouter une métadonnée', exact: true }).click()
  const added = page.getByRole('group', { name: 'Métadonnée 4' })
  await added.getByRole('textbox', { name: 'Clé' }).fill('e2e:niveau')
  await added.getByRole('combobox', { name: 'Type de valeur' }).selectOption('number')
  await added.getByRole('textbox', { name: 'Valeur' }).fill('3')
  await expectNoAxeViolations(page)
  await save(page)

  const saved = await readDataset(dataset.id)
  expect(saved.extras).toEqual({ dcat, nested, note: 'après', 'e2e:niveau': 3 })
})

test('a contact point created inline with a role, attached, then edited', async ({ page }) => {
  const dataset = await createDataset()
  const name = `Service E2E ${unique()}`
  await openDataset(page, dataset.id)
  await page.getByRole('button', { name: 'Créer un point de contact' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nouveau point de contact de l’organisation' })
  await dialog.getByRole('textbox', { name: 'Nom' }).fill(name)
  await dialog.getByRole('combobox', { name: 'Rôle' }).selectOption('contact')
  await dialog.getByRole('button', { name: 'Créer' }).click()
  // the "contact" role needs a channel: udata's rule, checked before the request
  await expect(
    dialog.getByText('Indiquez une adresse électronique ou un formulaire de contact.'),
  ).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Adresse électronique' }).fill('sig@example.org')
  await dialog.getByRole('combobox', { name: 'Rôle' }).selectOption('custodian')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Créer' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('checkbox', { name: new RegExp(name) })).toBeChecked()
  await save(page)

  let saved = await readDataset(dataset.id)
  expect(saved.contact_points).toEqual([
    expect.objectContaining({ name, role: 'custodian', email: 'sig@example.org' }),
  ])

  await page.getByRole('button', { name: `Modifier ${name}` }).click()
  const edit = page.getByRole('dialog', { name: 'Modifier le point de contact' })
  await edit.getByRole('combobox', { name: 'Rôle' }).selectOption('publisher')
  await edit.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(edit).toBeHidden()
  await expect(page.getByText(`Point de contact « ${name} » enregistré.`)).toBeVisible()
  saved = await readDataset(dataset.id)
  expect(saved.contact_points[0]?.role).toBe('publisher')
})

test('a remote resource’s schema and checksum edited and saved', async ({ page }) => {
  const dataset = await createDataset()
  const { key } = await admin()
  const created = await createViaApi<{ id: string }>(
    `/api/1/datasets/${dataset.id}/resources/`,
    key,
    {
      filetype: 'remote',
      title: 'Bornes',
      url: 'https://example.org/bornes.csv',
      type: 'main',
      format: 'csv',
    },
  )
  await openDataset(page, dataset.id, 'resources')
  await page.getByRole('button', { name: 'Modifier « Bornes »' }).click()
  await page.getByRole('combobox', { name: /^Schéma/ }).selectOption('etalab/schema-irve-statique')
  const version = page.getByRole('combobox', { name: /^Version du schéma/ })
  await version.fill('9.9.9')
  await page.getByRole('combobox', { name: 'Type d’empreinte' }).selectOption('md5')
  await page
    .getByRole('textbox', { name: /^Valeur de l’empreinte/ })
    .fill('d41d8cd98f00b204e9800998ecf8427e')
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  // udata's catalogue check, shown on the version field
  await expect(page.getByText(/Version "9.9.9" is not an allowed value/)).toBeVisible()
  await version.fill('2.3.1')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible()

  const saved = (await readDataset(dataset.id)).resources.find((r) => r.id === created.id)
  expect(saved?.schema).toEqual({
    name: 'etalab/schema-irve-statique',
    version: '2.3.1',
    url: null,
  })
  expect(saved?.checksum).toEqual({ type: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' })
})
