import type { Page } from '@playwright/test'
import { type Account, account, freshAccount } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { openTaggedDatasets, previewAddTag, selectWholePage } from './bulk-helpers'
import { createViaApi, csvFile, pickFiles } from './helpers'
import { setFaults } from './faults'
import { sandboxUrl } from './env'

/**
 * The key dies while the user works (on the form's pre-save read, on the save itself, mid bulk
 * job, mid upload): a dialog asks for a new key over the page, which stays mounted; after it,
 * the typed text is still there and saves, the job completes, the upload completes. Then a
 * bulk job through a one-minute outage. Keys die through keyed fault rules answering udata's
 * 401 (sandbox/README.md), so each test breaks only its own traffic.
 */

const step = 20_000
const expect = configureWaits({ step, test: 120_000 })

// Requests refused with a 401 are sent again with the new key: repeats are the point here.
test.use({ allowDuplicateRequests: true })

const shotsDir = process.env.RESILIENCE_SHOTS

async function shot(page: Page, name: string) {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true })
}

type ApiDataset = { id: string; title: string; tags: string[]; last_modified: string }
type SandboxWrite = { method: string; path: string; status: number }

const datasetItem = '^/api/[12]/datasets/[0-9a-f]{24}/$'
const datasetPath = (id: string, version: 1 | 2 = 1) => `^/api/${version}/datasets/${id}/$`

let me: Account

test.beforeEach(async ({ page }) => {
  me = await freshAccount('admin')
  await signInAs(page, me)
})

async function createDataset(label: string, tags: string[] = ['e2e-reconnect']) {
  return createViaApi<ApiDataset>('/api/1/datasets/', me.api_key, {
    title: `${label} ${Date.now()} ${Math.round(Math.random() * 1e6)}`,
    description: 'Créé par **reconnect.spec.ts**.',
    organization: me.organization_id,
    private: false,
    tags,
  })
}

/** Read as another client would, with the seeded admin key: this test's own key may be dead. */
async function readDataset(id: string): Promise<ApiDataset> {
  const { api_key } = await account('admin')
  const { status, body } = await api<ApiDataset>(`/api/1/datasets/${id}/`, { key: api_key })
  expect(status).toBe(200)
  return body
}

/** The writes the sandbox handled for `key` (not those its faults refused). */
async function writesOf(key: string): Promise<SandboxWrite[]> {
  const response = await fetch(`${sandboxUrl}/_sandbox/writes`, { headers: { 'X-API-KEY': key } })
  expect(response.status).toBe(200)
  return (await response.json()) as SandboxWrite[]
}

const reconnectDialog = (page: Page) => page.getByRole('dialog', { name: 'Votre session a expiré' })

/** Pastes a fresh key of the same account into the dialog; the dialog closes. */
async function reconnectWithFreshKey(page: Page): Promise<Account> {
  const dialog = reconnectDialog(page)
  await expect(dialog).toBeVisible()
  const fresh = await freshAccount('admin')
  await dialog.getByLabel('Nouvelle clé d’API').fill(fresh.api_key)
  await dialog.getByRole('button', { name: 'Reprendre avec cette clé' }).click()
  await expect(dialog).toBeHidden()
  return fresh
}

const field = (page: Page, name: RegExp) => page.getByRole('textbox', { name })

test.describe('the key dies while editing a dataset', () => {
  async function openAndType(page: Page, dataset: ApiDataset) {
    await page.goto(`/organizations/${me.organization_id}/datasets/${dataset.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title)
    const title = `${dataset.title} (tapé avant l’expiration)`
    await field(page, /^Titre/).fill(title)
    await field(page, /^Sigle/).fill('EXPIRE')
    return title
  }

  test('on the pre-save read: the dialog opens over the form, and the save completes after reconnecting', async ({
    page,
  }) => {
    const dataset = await createDataset('E2E reconnexion lecture')
    const title = await openAndType(page, dataset)
    // The key is revoked everywhere: the save's freshness read is the first to meet it.
    await setFaults(me.api_key, { rules: [{ path: '/api/', status: 401 }] })
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    const dialog = reconnectDialog(page)
    await expect(dialog).toBeVisible()
    await expect(dialog.getByLabel('Nouvelle clé d’API')).toBeFocused()
    await shot(page, 'reconnect-dialog')
    await expectNoAxeViolations(page)
    // Still on the page, the typed text in place under the dialog.
    await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}$`))
    await expect(field(page, /^Titre/)).toHaveValue(title)

    // Escape does not dismiss it: nothing behind it works without a key.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeVisible()

    // Another account's key is refused, saying why.
    const other = await account('editor')
    await dialog.getByLabel('Nouvelle clé d’API').fill(other.api_key)
    await dialog.getByRole('button', { name: 'Reprendre avec cette clé' }).click()
    await expect(dialog.getByRole('alert')).toContainText('appartient à un autre compte')
    await shot(page, 'reconnect-other-account')

    // A dead key is refused too, in udata's words made plain.
    await dialog.getByLabel('Nouvelle clé d’API').fill(me.api_key)
    await dialog.getByRole('button', { name: 'Reprendre avec cette clé' }).click()
    await expect(dialog.getByRole('alert')).toContainText('n’est pas reconnue')

    await reconnectWithFreshKey(page)
    // The read waited for the new key, then the save went on by itself.
    await expect(page.getByText('Modifications enregistrées.')).toBeVisible()
    await expect(field(page, /^Titre/)).toHaveValue(title)
    const saved = await readDataset(dataset.id)
    expect(saved.title).toBe(title)
    expect(saved.tags).toEqual(dataset.tags)
  })

  test('on the PUT itself: the edits stay, and Save works again after reconnecting', async ({
    page,
  }) => {
    const dataset = await createDataset('E2E reconnexion écriture')
    const title = await openAndType(page, dataset)
    // The read before the save passes; the key dies between it and the PUT.
    await setFaults(me.api_key, {
      rules: [{ method: 'PUT', path: datasetPath(dataset.id), status: 401 }],
    })
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await reconnectWithFreshKey(page)
    const alert = page.getByRole('form', { name: 'Métadonnées' }).getByRole('alert')
    await expect(alert).toContainText('Le portail a refusé la clé d’API (session expirée)')
    await expect(alert).toContainText('Les modifications n’ont pas été enregistrées')
    await shot(page, 'reconnect-put-refused')
    await expect(field(page, /^Titre/)).toHaveValue(title)
    await expect(field(page, /^Sigle/)).toHaveValue('EXPIRE')
    expect((await readDataset(dataset.id)).title).toBe(dataset.title)

    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByText('Modifications enregistrées.')).toBeVisible()
    const saved = await readDataset(dataset.id)
    expect(saved).toMatchObject({ title, acronym: 'EXPIRE' })
  })
})

test('the key dies mid bulk job: it pauses, journaled, and completes after reconnecting', async ({
  page,
}) => {
  const tag = `e2e-reconnect-${Date.now().toString(36)}`
  const ids: string[] = []
  for (let n = 0; n < 10; n++) ids.push((await createDataset(`Reconnexion masse ${n}`, [tag])).id)
  await openTaggedDatasets(page, me.organization_id ?? '', tag, 10, step)
  await selectWholePage(page)
  const dialog = await previewAddTag(page, 'apres-reconnexion', step)

  // Three writes go through, then the key is refused on every write.
  const put = { method: 'PUT', path: '^/api/1/datasets/[0-9a-f]{24}/$' }
  await setFaults(me.api_key, {
    rules: [
      { ...put, count: 3 },
      { ...put, status: 401 },
    ],
  })
  await dialog.getByRole('button', { name: 'Appliquer à 10 jeux de données' }).click()
  await expect(page).toHaveURL(/\/bulk\/[0-9a-f-]+$/)
  await expect(reconnectDialog(page)).toBeVisible()
  // Paused by itself, saying why, with nothing counted as failed.
  await expect(page.getByText('En attente de reconnexion')).toBeVisible()
  await expect(
    page.getByText(/la modification reprend seule dès que vous vous reconnectez/),
  ).toBeVisible()
  await shot(page, 'reconnect-bulk-paused')

  const fresh = await reconnectWithFreshKey(page)
  await expect(page.getByText('Terminé : 10 modifiés, 0 échec, 0 conflit.')).toBeVisible({
    timeout: 60_000,
  })
  for (const id of ids) expect((await readDataset(id)).tags).toContain('apres-reconnexion')
  // Each dataset written once, by the old key or by the new one.
  const puts = [...(await writesOf(me.api_key)), ...(await writesOf(fresh.api_key))].filter(
    (write) => write.method === 'PUT',
  )
  expect(puts.map((write) => write.path).sort()).toEqual(
    ids.map((id) => `/api/1/datasets/${id}/`).sort(),
  )
  expect(puts.every((write) => write.status === 200)).toBe(true)
})

test('the key dies during an upload: it pauses, and completes once after reconnecting', async ({
  page,
}) => {
  const dataset = await createDataset('E2E reconnexion envoi')
  await page.goto(`/organizations/${me.organization_id}/datasets/${dataset.id}/resources`)
  await expect(page.getByRole('heading', { name: 'Fichiers', level: 2 })).toBeVisible()
  await setFaults(me.api_key, {
    rules: [{ method: 'POST', path: `/api/1/datasets/${dataset.id}/upload/`, status: 401 }],
  })
  await pickFiles(page).setInputFiles(csvFile('cle-expiree.csv', 'a,b\n1,2\n'))
  await expect(reconnectDialog(page)).toBeVisible()
  await expect(page.getByText(/en pause jusqu’à la reconnexion/)).toBeAttached()
  await reconnectWithFreshKey(page)
  await expect(page.getByText('1 sur 1 fichier envoyé')).toBeVisible()
  const { body } = await api<{ data: Array<{ title: string }> }>(
    `/api/2/datasets/${dataset.id}/resources/?page_size=100`,
    { key: (await account('admin')).api_key },
  )
  expect(body.data.map((resource) => resource.title)).toEqual(['cle-expiree.csv'])
})

test('300 datasets through a 60-second outage: 300 done, 0 failed, each written once', async ({
  page,
}) => {
  // Slow by nature: the outage lasts a minute by design, and the job then waits for the
  // console's next probe (at most 30 s apart) before resuming.
  test.slow()
  test.setTimeout(360_000)
  const tag = `e2e-outage-${Date.now().toString(36)}`
  const ids: string[] = []
  for (let start = 0; start < 300; start += 20) {
    const batch = await Promise.all(
      Array.from({ length: 20 }, (_, n) => createDataset(`Panne ${start + n}`, [tag])),
    )
    ids.push(...batch.map((dataset) => dataset.id))
  }
  await openTaggedDatasets(page, me.organization_id ?? '', tag, 100, 30_000)
  await selectWholePage(page)
  await page
    .getByRole('button', { name: 'Sélectionner les 300 jeux de données correspondant aux filtres' })
    .click()
  const dialog = await previewAddTag(page, 'apres-la-panne', 30_000)

  // 100 writes go through (and their reads), then every dataset read and write meets
  // 60 seconds of 503; a few connections drop before and after it.
  await setFaults(me.api_key, {
    drop_rate: 0.02,
    rules: [
      { method: 'PUT', path: datasetItem, count: 100 },
      { method: 'GET', path: datasetItem, count: 100 },
      { path: datasetItem, status: 503, duration_ms: 60_000 },
    ],
  })
  await dialog.getByRole('button', { name: 'Appliquer à 300 jeux de données' }).click()
  await expect(page).toHaveURL(/\/bulk\/[0-9a-f-]+$/, { timeout: 30_000 })
  await expect(page.getByText('En attente du serveur')).toBeVisible({ timeout: 60_000 })
  // Waiting, not failing: the status filter counts no failure.
  await expect(page.getByRole('option', { name: 'Échec (0)' })).toBeAttached()
  await shot(page, 'outage-waiting')
  await expect(page.getByText('Terminé : 300 modifiés, 0 échec, 0 conflit.')).toBeVisible({
    timeout: 240_000,
  })
  await shot(page, 'outage-done')

  const puts = (await writesOf(me.api_key)).filter((write) => write.method === 'PUT')
  expect(puts.every((write) => write.status === 200)).toBe(true)
  // Each of the 300 written exactly once: no write lost, none applied twice.
  expect(puts.map((write) => write.path).sort()).toEqual(
    ids.map((id) => `/api/1/datasets/${id}/`).sort(),
  )
})
