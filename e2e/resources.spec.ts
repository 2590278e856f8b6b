import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { type Account, freshAccount } from './accounts'
import { api, expect, expectNoAxeViolations, signInAs, test } from './fixtures'
import { createViaApi, csvFile, pickFiles } from './helpers'
import { setFaults } from './faults'
import { sandboxUrl } from './env'

type Resource = {
  id: string
  title: string
  description: string | null
  type: string
  filesize: number | null
  checksum: { type: string; value: string } | null
  extras: Record<string, unknown>
}
type ResourcePage = { data: Resource[]; total: number; next_page: string | null }

// Each test works with an admin key of its own: the faults it sets break only its own traffic.
let me: Account
const adminOrg = () => me.organization_id ?? ''

async function createDataset(title: string): Promise<string> {
  const dataset = await createViaApi<{ id: string }>('/api/1/datasets/', me.api_key, {
    title,
    description: 'Jeu de test des fichiers',
    organization: adminOrg(),
    private: true,
  })
  return dataset.id
}

/** Adds links C, B, A: udata prepends, so the list reads A, B, C. */
async function addLinks(datasetId: string, titles = ['Fichier C', 'Fichier B', 'Fichier A']) {
  for (const title of titles) {
    await createViaApi(`/api/1/datasets/${datasetId}/resources/`, me.api_key, {
      filetype: 'remote',
      title,
      url: `https://example.com/${encodeURIComponent(title)}.csv`,
      type: 'main',
      format: 'csv',
    })
  }
}

async function resources(datasetId: string): Promise<ResourcePage> {
  const { body } = await api<ResourcePage>(
    `/api/2/datasets/${datasetId}/resources/?page_size=100`,
    { key: me.api_key },
  )
  return body
}

async function uploadViaApi(datasetId: string, name: string, content: string): Promise<Resource> {
  const form = new FormData()
  form.append('file', new Blob([content]), name)
  const response = await fetch(`${sandboxUrl}/api/1/datasets/${datasetId}/upload/`, {
    method: 'POST',
    headers: { 'X-API-KEY': me.api_key },
    body: form,
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Resource
}

async function openTab(page: Page, datasetId: string) {
  await page.goto(`/organizations/${adminOrg()}/datasets/${datasetId}/resources`)
  // The first visit compiles the lazy dataset page in the dev server: allow for it.
  await expect(page.getByRole('heading', { name: 'Fichiers', level: 2 })).toBeVisible({
    timeout: 30_000,
  })
}

const rowTitles = (page: Page) =>
  page.getByRole('region', { name: 'Liste des fichiers (défilante)' }).getByRole('rowheader')

// Real uploads, a 1,200-row dataset and axe scans on a shared 2-core machine: give each test room.
test.slow()

test.beforeEach(async ({ page }) => {
  me = await freshAccount('admin')
  await signInAs(page, me)
})

test('lists a dataset with 1,200 files quickly and scrolls to the last one', async ({ page }) => {
  const { body: found } = await api<ResourcePage & { data: { id: string; title: string }[] }>(
    `/api/2/datasets/?organization=${adminOrg()}&q=${encodeURIComponent('Relevés horaires qualité air archives')}`,
    { key: me.api_key },
  )
  const huge = found.data.find((d) => d.title.startsWith('Relevés horaires'))
  expect(huge).toBeDefined()
  const datasetId = huge?.id ?? ''
  const { body: last } = await api<ResourcePage>(
    `/api/2/datasets/${datasetId}/resources/?page=12&page_size=100`,
    { key: me.api_key },
  )
  const lastTitle = last.data.at(-1)?.title ?? ''

  const pageRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes(`/datasets/${datasetId}/resources/?`))
      pageRequests.push(request.url())
  })
  await openTab(page, datasetId)
  await expect(page.getByText(/^1\s200 fichiers$/)).toBeVisible()
  await expect(rowTitles(page).first()).toBeVisible()
  // Quick by construction: the first screen costs one request of 100 rows, not 12…
  expect(new Set(pageRequests).size).toBe(1)
  // …and a screenful of rows in the DOM, not 1,200.
  expect(await page.locator('tbody tr').count()).toBeLessThan(80)

  const region = page.getByRole('region', { name: 'Liste des fichiers (défilante)' })
  await expect(async () => {
    await region.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await expect(page.getByRole('rowheader', { name: lastTitle })).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 60_000 })
  expect(await page.locator('tbody tr').count()).toBeLessThan(80)
  expect(new Set(pageRequests).size).toBe(12)
  await expectNoAxeViolations(page)
})

test('uploads several files at once with progress, then describes one', async ({ page }) => {
  const datasetId = await createDataset('Upload de plusieurs fichiers')
  await openTab(page, datasetId)
  await pickFiles(page).setInputFiles([
    { name: 'stations.csv', mimeType: 'text/csv', buffer: Buffer.from('id,nom\n1,Paris\n') },
    { name: 'mesures.json', mimeType: 'application/json', buffer: Buffer.from('[{"a":1}]') },
    { name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from('Notice') },
    { name: 'zones.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{}') },
  ])
  await expect(page.getByText('4 sur 4 fichiers envoyés')).toBeVisible()
  expect((await resources(datasetId)).data.map((r) => r.title).sort()).toEqual([
    'mesures.json',
    'notice.txt',
    'stations.csv',
    'zones.geojson',
  ])
  await expect(rowTitles(page)).toHaveCount(4)

  await page.getByRole('button', { name: 'Décrire stations.csv' }).click()
  await page.getByRole('textbox', { name: 'Titre' }).fill('Stations de mesure')
  await page.getByRole('textbox', { name: /Description/ }).fill('Liste des **stations**.')
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('documentation')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible()
  const saved = (await resources(datasetId)).data.find((r) => r.title === 'Stations de mesure')
  expect(saved).toMatchObject({ description: 'Liste des **stations**.', type: 'documentation' })
})

test('uploads a 100 MB file in 20 MB chunks, intact', async ({ page }, testInfo) => {
  // Generous: the sandbox base64-encodes the combined 100 MB file by string concatenation,
  // which takes minutes on a busy 2-core machine (reported); the console's part takes seconds.
  test.setTimeout(300_000)
  const datasetId = await createDataset('Gros fichier')
  const size = 100 * 1024 * 1024 + 4096
  const bytes = Buffer.alloc(size)
  for (let i = 0; i < size; i += 4096) bytes.writeUInt32LE(i, i)
  const path = testInfo.outputPath('archive-100mo.csv')
  writeFileSync(path, bytes)
  const sha1 = createHash('sha1').update(bytes).digest('hex')

  const uploadRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith(`/datasets/${datasetId}/upload/`))
      uploadRequests.push(request.method())
  })
  await openTab(page, datasetId)
  // The "sent, the server is processing" state can last less than a poll on a quiet machine (the
  // sandbox now combines the chunks fast): the page notes whether it was ever shown, and the test
  // asserts that once the upload is done, instead of racing to see it.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      if (!document.body.textContent?.includes('Envoyé, traitement par le serveur…')) return
      ;(window as unknown as { sawProcessing: boolean }).sawProcessing = true
      observer.disconnect()
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  await pickFiles(page).setInputFiles(path)
  await expect(
    page.getByRole('progressbar', { name: 'Progression de archive-100mo.csv' }),
  ).toBeVisible()
  await expect(page.getByText('1 sur 1 fichier envoyé')).toBeVisible({ timeout: 240_000 })
  expect(
    await page.evaluate(() => (window as unknown as { sawProcessing?: boolean }).sawProcessing),
  ).toBe(true)
  const [resource] = (await resources(datasetId)).data
  expect(resource).toMatchObject({ title: 'archive-100mo.csv', filesize: size })
  expect(resource?.checksum?.value).toBe(sha1)
  // 6 chunks (5 × 20 MB + 4 KB) and the final combine request.
  expect(uploadRequests).toHaveLength(7)
})

test('a cancelled chunked upload leaves nothing on the server', async ({ page }, testInfo) => {
  const datasetId = await createDataset('Envoi annulé')
  await page.addInitScript(() => localStorage.setItem('udata-console.upload-chunk-mb', '5'))
  const path = testInfo.outputPath('annule.csv')
  writeFileSync(path, Buffer.alloc(12 * 1024 * 1024, 65))
  let uploadRequests = 0
  page.on('request', (request) => {
    if (request.url().endsWith(`/datasets/${datasetId}/upload/`)) uploadRequests++
  })
  // Slow this dataset's chunks down so there is time to cancel.
  await setFaults(me.api_key, {
    rules: [{ path: `/api/1/datasets/${datasetId}/upload/`, delay_ms: 1500 }],
  })
  try {
    await openTab(page, datasetId)
    await pickFiles(page).setInputFiles(path)
    await expect(page.getByText('Envoi en cours')).toBeVisible()
    await page.getByRole('button', { name: 'Annuler l’envoi de annule.csv' }).click()
    await expect(page.getByText('Annulé', { exact: true })).toBeVisible()
    const sentBeforeCancel = uploadRequests
    // The server handles the aborted chunk only after its delay: wait until it has handled every
    // chunk sent before the cancel, then check it created nothing.
    await expect
      .poll(async () => {
        const { body } = await api<{ path: string }[]>('/_sandbox/writes', { key: me.api_key })
        return body.filter((write) => write.path.endsWith(`/datasets/${datasetId}/upload/`)).length
      })
      .toBe(sentBeforeCancel)
    expect((await resources(datasetId)).total).toBe(0)
    // Nothing was sent after the cancel: no further chunk, and no final request.
    expect(sentBeforeCancel).toBeLessThan(3)
    expect(uploadRequests).toBe(sentBeforeCancel)
    await expect(
      page.getByRole('button', { name: 'Réessayer l’envoi de annule.csv' }),
    ).toBeVisible()
  } finally {
    await setFaults(me.api_key, {})
  }
})

test('an upload through server faults completes by retrying', async ({ page }) => {
  const datasetId = await createDataset('Envoi malgré les pannes')
  await setFaults(me.api_key, {
    rules: [{ path: `/api/1/datasets/${datasetId}/upload/`, status: 503, count: 2 }],
  })
  try {
    await openTab(page, datasetId)
    await pickFiles(page).setInputFiles(csvFile('pannes.csv', 'a,b\n1,2\n'))
    await expect(page.getByText('1 sur 1 fichier envoyé')).toBeVisible({ timeout: 15_000 })
    expect((await resources(datasetId)).data.map((r) => r.title)).toEqual(['pannes.csv'])
  } finally {
    await setFaults(me.api_key, {})
  }
})

test('refused files are explained in plain language', async ({ page }) => {
  const datasetId = await createDataset('Fichiers refusés')
  await openTab(page, datasetId)
  await pickFiles(page).setInputFiles([
    { name: 'outil.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ...') },
    {
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<!doctype html><html><body>Bonjour</body></html>'),
    },
  ])
  await expect(page.getByText(/Les fichiers \.exe ne sont pas acceptés/)).toBeVisible()
  await expect(page.getByText(/contient une page HTML/)).toBeVisible()
  await expect(page.getByText('0 sur 2 fichiers envoyés — 2 échecs')).toBeVisible()
  // Refusals do not change on a retry: only removing them is offered.
  await expect(page.getByRole('button', { name: /Réessayer l’envoi/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Retirer page.html de la liste' })).toBeVisible()
  expect((await resources(datasetId)).total).toBe(0)
  await expectNoAxeViolations(page)
})

test('adds a remote file, checking the URL like udata', async ({ page }) => {
  const datasetId = await createDataset('Lien distant')
  await openTab(page, datasetId)
  await page.getByRole('button', { name: 'Ajouter un lien' }).click()
  const url = page.getByRole('textbox', { name: /Adresse \(URL\)/ })
  await url.fill('http://localhost:8080/export.csv')
  await page.getByRole('textbox', { name: 'Titre' }).fill('Export des stations')
  await page.getByRole('button', { name: 'Ajouter le lien' }).click()
  await expect(page.getByText(/désigne votre ordinateur ou votre réseau local/)).toBeVisible()
  await url.fill('https://data.example.org/export.csv')
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('api')
  await page.getByRole('combobox', { name: /Format/ }).fill('geo')
  await expect(page.locator('datalist option[value="geojson"]')).toHaveCount(1)
  await page.getByRole('combobox', { name: /Format/ }).fill('geojson')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Ajouter le lien' }).click()
  await expect(page.getByText('Lien « Export des stations » ajouté.')).toBeVisible()
  const [created] = (await resources(datasetId)).data
  expect(created).toMatchObject({
    title: 'Export des stations',
    type: 'api',
    format: 'geojson',
    filetype: 'remote',
    url: 'https://data.example.org/export.csv',
  })
  await expect(rowTitles(page).first()).toContainText('Export des stations')
})

test('edits, replaces the file and deletes a hosted resource', async ({ page }) => {
  const datasetId = await createDataset('Edition de fichiers')
  const original = await uploadViaApi(datasetId, 'communes.csv', 'code,nom\n75056,Paris\n')
  await api(`/api/2/datasets/${datasetId}/resources/${original.id}/extras/`, {
    key: me.api_key,
    method: 'PUT',
    json: { 'check:available': true, 'check:status': 200, 'check:date': '2026-11-01T08:00:00' },
  })
  await openTab(page, datasetId)
  await expect(page.getByText('Disponible', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Modifier « communes.csv »' }).click()
  await expect(page.getByRole('heading', { name: 'Modifier « communes.csv »' })).toBeFocused()
  await page.getByRole('textbox', { name: 'Titre' }).fill('Communes de France')
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('update')
  // The sandbox serves udata's schema catalogue, so the schema is picked from it.
  await page.getByRole('combobox', { name: /^Schéma/ }).selectOption('etalab/schema-irve-statique')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible()
  let [saved] = (await resources(datasetId)).data
  expect(saved).toMatchObject({ title: 'Communes de France', type: 'update' })
  // The PUT never carried extras, so the availability check is still there.
  expect(saved?.extras['check:available']).toBe(true)

  await page.getByRole('button', { name: 'Modifier « Communes de France »' }).click()
  await page
    .getByLabel('Remplacer le fichier', { exact: true })
    .last()
    .setInputFiles(csvFile('communes-2026.csv', 'code,nom\n75056,Paris\n13055,Marseille\n'))
  await expect(page.getByText('Remplace le fichier de « Communes de France »')).toBeVisible()
  await expect(page.getByText('1 sur 1 fichier envoyé')).toBeVisible()
  ;[saved] = (await resources(datasetId)).data
  expect(saved?.id).toBe(original.id)
  expect(saved?.filesize).toBe(37)
  expect(saved?.checksum?.value).not.toBe(original.checksum?.value)

  await page.getByRole('button', { name: 'Modifier « Communes de France »' }).click()
  await page.getByRole('button', { name: 'Supprimer ce fichier' }).click()
  await expect(page.getByRole('button', { name: 'Oui, supprimer' })).toBeFocused()
  await page.getByRole('button', { name: 'Oui, supprimer' }).click()
  await expect(page.getByText('« Communes de France » a été supprimé.')).toBeVisible()
  expect((await resources(datasetId)).total).toBe(0)
})

test('reorders from the keyboard and with buttons', async ({ page }) => {
  const datasetId = await createDataset('Ordre des fichiers')
  await addLinks(datasetId, ['Fichier D', 'Fichier C', 'Fichier B', 'Fichier A'])
  await openTab(page, datasetId)
  await page.getByRole('button', { name: 'Modifier l’ordre' }).click()
  await expect(page.getByRole('heading', { name: 'Modifier l’ordre des fichiers' })).toBeFocused()

  await page.getByRole('button', { name: 'Déplacer « Fichier D »' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/« Fichier D » saisi, position 4 sur 4/)).toBeAttached()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(page.getByText('« Fichier D » en position 1 sur 4.')).toBeAttached()
  await expect(page.getByRole('button', { name: 'Poser « Fichier D »' })).toBeFocused()
  await page.keyboard.press('Enter')

  await page.getByRole('button', { name: 'Descendre « Fichier A »' }).click()
  await expect(page.getByRole('button', { name: 'Descendre « Fichier A »' })).toBeFocused()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Enregistrer l’ordre' }).click()
  await expect(page.getByText('Nouvel ordre enregistré.')).toBeVisible()
  expect((await resources(datasetId)).data.map((r) => r.title)).toEqual([
    'Fichier D',
    'Fichier B',
    'Fichier A',
    'Fichier C',
  ])
  await expect(rowTitles(page).first()).toContainText('Fichier D')
})

test('a failed reorder says so and keeps the saved order', async ({ page }) => {
  const datasetId = await createDataset('Ordre refusé')
  await addLinks(datasetId)
  await setFaults(me.api_key, {
    rules: [{ method: 'PUT', path: `^/api/1/datasets/${datasetId}/resources/$`, status: 502 }],
  })
  try {
    await openTab(page, datasetId)
    await page.getByRole('button', { name: 'Modifier l’ordre' }).click()
    await page.getByRole('button', { name: 'Monter « Fichier C »' }).click()
    await page.getByRole('button', { name: 'Enregistrer l’ordre' }).click()
    await expect(
      page.getByRole('heading', { name: 'Le nouvel ordre n’a pas été enregistré' }),
    ).toBeVisible()
    await expect(
      page.getByText(/L’ordre enregistré sur la plateforme n’a pas changé/),
    ).toBeVisible()
    expect((await resources(datasetId)).data.map((r) => r.title)).toEqual([
      'Fichier A',
      'Fichier B',
      'Fichier C',
    ])
    await page.getByRole('button', { name: 'Annuler', exact: true }).click()
    await expect(rowTitles(page)).toHaveText([/Fichier A/, /Fichier B/, /Fichier C/])
  } finally {
    await setFaults(me.api_key, {})
  }
})
