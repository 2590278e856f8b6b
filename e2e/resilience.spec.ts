import type { Page, Route } from '@playwright/test'
import { type Account, freshAccount } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { openTaggedDatasets, previewAddTag, selectWholePage } from './bulk-helpers'
import { setFaults } from './faults'
import { sandboxUrl } from './env'
import {
  createDatasetToEdit,
  csvFile,
  pickFiles,
  readDataset as readApiDataset,
  type ApiDatasetCore,
} from './helpers'

/**
 * The main journeys (connect, browse, edit, upload, bulk) with the sandbox's faults on:
 * latency, 5xx, 429 with Retry-After, dropped connections, and answers lost after the server
 * applied a write. Each journey shows the user a clear state (loading, a plain error with a
 * retry, or the result) and loses no edit. Exact outcomes use `rules` with `count`, so the
 * suite is deterministic; random rates only add latency and noise where the end state is fixed.
 */

// Retries with backoff take seconds by design; a loaded shared machine adds more.
const expect = configureWaits({ step: 20_000, test: 120_000 })

type ApiDataset = ApiDatasetCore

type ResourcePage = { data: Array<{ id: string; title: string }>; total: number }

const shotsDir = process.env.RESILIENCE_SHOTS

/** Retries legitimately repeat requests. */
test.use({ allowDuplicateRequests: true })

// Each test works with an admin key of its own: the faults it sets break only its own traffic.
let me: Account

test.beforeEach(async () => {
  me = await freshAccount('admin')
})

const admin = () => ({ key: me.api_key, organization: me.organization_id ?? '' })

const faults = (config: Record<string, unknown>) => setFaults(me.api_key, config)

async function shot(page: Page, name: string) {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true })
}

const datasetPath = (id: string, version: 1 | 2 = 1) => `^/api/${version}/datasets/${id}/$`

async function createDataset(label: string, overrides: Record<string, unknown> = {}) {
  return createDatasetToEdit<ApiDataset>(admin(), 'resilience.spec.ts', {
    title: `${label} ${Date.now()} ${Math.round(Math.random() * 1e6)}`,
    tags: ['e2e-resilience', 'qualite-air'],
    ...overrides,
  })
}

const readDataset = (id: string) => readApiDataset<ApiDataset>(admin().key, id)

async function resourcesOf(datasetId: string): Promise<ResourcePage> {
  const { key } = admin()
  const { body } = await api<ResourcePage>(
    `/api/2/datasets/${datasetId}/resources/?page_size=100`,
    { key },
  )
  return body
}

/**
 * What the user reads must never be a raw server page, a stack or JSON: the text of `main`
 * (or the page) is checked for the telltales of each.
 */
async function expectNoRawError(page: Page) {
  const text = await page.locator('body').innerText()
  expect(text, 'raw HTML from the server').not.toMatch(/<\/?(html|head|body|center|title)\b/i)
  expect(text, 'nginx error page').not.toMatch(/\bnginx\b/i)
  expect(text, 'a stack trace').not.toMatch(/\bat \S+ \(|TypeError|Failed to fetch/)
  expect(text, 'raw JSON').not.toMatch(/\{\s*"\w+"\s*:/)
}

/**
 * Lets the request reach the server (which applies it), then cuts the connection before the
 * answer arrives: the client cannot know whether its write landed. The sandbox's own `drop`
 * cuts before handling, so this is the other, nastier half of a dropped connection.
 */
function loseAnswerOnce(method: string) {
  let lost = false
  return async (route: Route) => {
    if (lost || route.request().method() !== method) return route.fallback()
    lost = true
    await route.fetch()
    await route.abort('connectionreset')
  }
}

const field = (page: Page, name: RegExp) => page.getByRole('textbox', { name })

/** The alert the metadata form shows when a save did not go through. */
const saveAlert = (page: Page) => page.getByRole('form', { name: 'Métadonnées' }).getByRole('alert')

test.describe('connect', () => {
  test('a failing and rate-limited instance gives a plain error, then the key is accepted', async ({
    page,
  }) => {
    const { key } = admin()
    await faults({
      latency_ms: 300,
      jitter_ms: 200,
      rules: [
        { path: '/api/1/me/', status: 503, count: 1 },
        { path: '/api/1/me/', status: 429, retry_after: 1, count: 1 },
        { path: '/api/1/me/', drop: true, count: 1 },
      ],
    })
    await page.goto('/connect')
    // DSFR draws the radio under its label: click the label, as a user does.
    await page
      .locator('label')
      .filter({ hasText: /^Sandbox local/ })
      .click()
    await expect(page.getByRole('radio', { name: /Sandbox local/ })).toBeChecked()
    await page.getByLabel(/Clé d’API/).fill(key)
    const submit = page.getByRole('button', { name: /Se connecter|Vérification de la clé…/ })

    // 503 (nginx HTML page), 429, then a dropped connection: each one said plainly.
    for (const name of ['503', '429']) {
      await submit.click()
      await expect(page.getByRole('alert')).toBeVisible()
      await shot(page, `connect-${name}`)
      await expectNoRawError(page)
      // The key the user pasted is still there for the next try.
      await expect(page.getByLabel(/Clé d’API/)).toHaveValue(key)
      if (name === '503') await expectNoAxeViolations(page)
    }
    // A dropped connection: Chromium may replay it on a fresh socket by itself; otherwise the
    // user reads that the instance is unreachable and tries again.
    await submit.click()
    const picker = page.getByRole('heading', { level: 1, name: 'Choisir une organisation' })
    await expect(picker.or(page.getByRole('alert'))).toBeVisible()
    if (!(await picker.isVisible())) {
      await expectNoRawError(page)
      await submit.click()
    }
    await expect(picker).toBeVisible()
    await expectNoRawError(page)
  })
})

test.describe('browse', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, me)
  })

  test('the datasets table loads and pages through 5xx, 429, drops and latency', async ({
    page,
  }) => {
    const { organization } = admin()
    const list = { method: 'GET', path: '^/api/2/datasets/$' }
    // Slow enough that the loading state is there to be seen.
    await faults({
      latency_ms: 1000,
      jitter_ms: 200,
      rules: [
        { ...list, status: 500, count: 1 },
        { ...list, status: 429, retry_after: 1, count: 1 },
        { ...list, drop: true, count: 1 },
        { ...list, status: 502, count: 1 },
      ],
    })
    await page.goto(`/organizations/${organization}/datasets`)
    const table = page.getByRole('table')
    // Retries under the hood: the user sees a loading state, then the rows, never an error.
    await expect(page.getByRole('status').filter({ hasText: 'Chargement…' }).first()).toBeVisible()
    await expect(table.getByRole('row')).toHaveCount(21, { timeout: 20_000 })
    await expectNoRawError(page)

    // Page 2 through a dropped connection and a 503.
    const firstOfPage1 = await table.getByRole('row').nth(1).getByRole('link').innerText()
    await faults({
      latency_ms: 300,
      jitter_ms: 200,
      rules: [
        { ...list, drop: true, count: 1 },
        { ...list, status: 503, count: 1 },
      ],
    })
    await page.getByRole('link', { name: 'Page suivante' }).click()
    await expect(page).toHaveURL(/[?&]page=2(&|$)/)
    await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible({ timeout: 20_000 })
    await expect(table.getByRole('row').nth(1).getByRole('link')).not.toHaveText(firstOfPage1)
    await expect(table.getByRole('row')).toHaveCount(21)

    // A server that stays down: after the retries, a plain error with a way to try again.
    await faults({ rules: [{ ...list, status: 503 }] })
    await page.getByRole('link', { name: 'Page suivante' }).click()
    await expect(page).toHaveURL(/[?&]page=3(&|$)/)
    const retry = page.getByRole('button', { name: 'Réessayer' })
    await expect(retry).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText('Une erreur est survenue')).toBeVisible()
    await shot(page, 'browse-error')
    await expectNoRawError(page)
    await expectNoAxeViolations(page)

    await faults({})
    await retry.click()
    await expect(page.getByText(/^Page 3 sur \d+$/)).toBeVisible({ timeout: 20_000 })
    await expect(table.getByRole('row')).toHaveCount(21)
    await expect(page.getByText('Une erreur est survenue')).toBeHidden()
  })

  test('a dataset page that cannot load says so and recovers on retry', async ({ page }) => {
    const dataset = await createDataset('E2E résilience lecture')
    const { organization } = admin()
    await faults({ rules: [{ method: 'GET', path: datasetPath(dataset.id), status: 500 }] })
    await page.goto(`/organizations/${organization}/datasets/${dataset.id}`)
    await expect(page.getByRole('status').filter({ hasText: 'Chargement…' }).first()).toBeVisible()
    const retry = page.getByRole('button', { name: 'Réessayer' })
    await expect(retry).toBeVisible({ timeout: 30_000 })
    await shot(page, 'dataset-error')
    await expectNoRawError(page)
    await faults({})
    await retry.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title)
  })

  test('a dataset or reuse that is not there says so in the user’s words, with no retry', async ({
    page,
  }) => {
    const { organization } = admin()
    // a well-formed id that names nothing: udata answers its stock English 404
    const missing = '0123456789abcdef01234567'
    for (const path of [`datasets/${missing}`, `reuses/${missing}`]) {
      await page.goto(`/organizations/${organization}/${path}`)
      await expect(
        page.getByRole('alert').getByText(/^Introuvable : cet élément a été supprimé/),
      ).toBeVisible()
      await expect(page.getByText(/requested URL/)).toHaveCount(0)
      // trying again cannot make it appear
      await expect(page.getByRole('button', { name: 'Réessayer' })).toHaveCount(0)
      await expectNoAxeViolations(page)
    }
  })
})

test.describe('edit', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, me)
  })

  test('a save that fails (5xx, 429, dropped) keeps the edits, and a retry saves exactly them', async ({
    page,
  }) => {
    const dataset = await createDataset('E2E résilience édition')
    const { organization } = admin()
    await faults({ latency_ms: 300, jitter_ms: 200 })
    await page.goto(`/organizations/${organization}/datasets/${dataset.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title, {
      timeout: 20_000,
    })

    const edits = {
      title: `${dataset.title} (modifié sous pannes)`,
      acronym: 'PANNES',
      description_short: 'Enregistré malgré les pannes.',
    }
    await field(page, /^Titre/).fill(edits.title)
    await field(page, /^Sigle/).fill(edits.acronym)
    await field(page, /^Description courte/).fill(edits.description_short)
    const save = page.getByRole('button', { name: 'Enregistrer' })

    const put = { method: 'PUT', path: datasetPath(dataset.id) }
    const failures: Array<[string, Record<string, unknown>]> = [
      ['save-503', { ...put, status: 503, count: 1 }],
      ['save-429', { ...put, status: 429, retry_after: 1, count: 1 }],
      // The freshness check before the PUT can fail too.
      [
        'save-check-500',
        { method: 'GET', path: datasetPath(dataset.id, 2), status: 500, count: 1 },
      ],
    ]
    for (const [name, rule] of failures) {
      await faults({ latency_ms: 300, jitter_ms: 200, rules: [rule] })
      await save.click()
      await expect(saveAlert(page)).toBeVisible({ timeout: 15_000 })
      await shot(page, name)
      await expectNoRawError(page)
      // Said in French, with what to do; never a bare "HTTP 503".
      await expect(saveAlert(page)).toContainText('Les modifications n’ont pas été enregistrées')
      await expect(saveAlert(page)).toContainText(/Réessayez dans un instant/)
      await expect(saveAlert(page)).not.toContainText('HTTP')
      if (name === 'save-503') await expectNoAxeViolations(page)
      // Nothing lost, nothing written.
      await expect(field(page, /^Titre/)).toHaveValue(edits.title)
      await expect(field(page, /^Sigle/)).toHaveValue(edits.acronym)
      await expect(field(page, /^Description courte/)).toHaveValue(edits.description_short)
      await expect(page.getByText('Modifications non enregistrées')).toBeVisible()
      await expect(save).toBeEnabled()
      const stored = await readDataset(dataset.id)
      expect(stored.title).toBe(dataset.title)
      expect(stored.last_modified).toBe(dataset.last_modified)
    }

    // The save meets a dropped connection (cut before the server handled it). Chromium may
    // replay it on a fresh socket by itself; otherwise the user reads an error and saves again.
    await faults({ latency_ms: 300, jitter_ms: 200, rules: [{ ...put, drop: true, count: 1 }] })
    await save.click()
    const savedNotice = page.getByText('Modifications enregistrées.')
    await expect(savedNotice.or(saveAlert(page))).toBeVisible({ timeout: 15_000 })
    if (!(await savedNotice.isVisible())) {
      await shot(page, 'save-drop')
      await expectNoRawError(page)
      await save.click()
    }
    await expect(savedNotice).toBeVisible({ timeout: 15_000 })
    await expect(page.getByText('Modifications non enregistrées')).toBeHidden()
    await expect(saveAlert(page)).toHaveCount(0)

    const saved = await readDataset(dataset.id)
    expect(saved).toMatchObject(edits)
    expect(saved.description).toBe(dataset.description)
    expect(saved.license).toBe(dataset.license)
    expect(saved.tags).toEqual(dataset.tags)
    expect(saved.temporal_coverage).toEqual(dataset.temporal_coverage)
    expect(saved.extras).toEqual(dataset.extras)
    expect(saved.resources.map((r) => r.id)).toEqual(dataset.resources.map((r) => r.id))
  })

  test('an answer lost after the server saved: the retry neither conflicts nor writes other values', async ({
    page,
  }) => {
    const dataset = await createDataset('E2E résilience réponse perdue')
    const { organization } = admin()
    const puts: string[] = []
    page.on('request', (request) => {
      if (
        request.method() === 'PUT' &&
        request.url() === `${sandboxUrl}/api/1/datasets/${dataset.id}/`
      )
        puts.push(request.postData() ?? '')
    })
    await page.route(`${sandboxUrl}/api/1/datasets/${dataset.id}/`, loseAnswerOnce('PUT'))
    await page.goto(`/organizations/${organization}/datasets/${dataset.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title, {
      timeout: 40_000,
    })

    await field(page, /^Sigle/).fill('PERDUE')
    await field(page, /^Description courte/).fill('La réponse s’est perdue.')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(saveAlert(page)).toBeVisible()
    await shot(page, 'save-lost-answer')
    await expectNoRawError(page)
    await expect(field(page, /^Sigle/)).toHaveValue('PERDUE')
    // The server did apply it; the user could not know.
    const landed = await readDataset(dataset.id)
    expect(landed.acronym).toBe('PERDUE')

    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByText('Modifications enregistrées.')).toBeVisible()
    // Its own write is not "someone else's change": no conflict view.
    await expect(
      page.getByText('Ce jeu de données a changé depuis que vous l’avez ouvert'),
    ).toBeHidden()
    expect(puts).toHaveLength(2)
    expect(JSON.parse(puts[1] ?? '{}')).toEqual(JSON.parse(puts[0] ?? '{}'))
    const saved = await readDataset(dataset.id)
    expect(saved.acronym).toBe('PERDUE')
    expect(saved.description_short).toBe('La réponse s’est perdue.')
    expect(saved.title).toBe(dataset.title)
    expect(saved.tags).toEqual(dataset.tags)
    expect(saved.temporal_coverage).toEqual(dataset.temporal_coverage)
    expect(saved.resources.map((r) => r.id)).toEqual(dataset.resources.map((r) => r.id))
  })
})

test.describe('upload', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, me)
  })

  async function openResources(page: Page, datasetId: string) {
    const { organization } = admin()
    await page.goto(`/organizations/${organization}/datasets/${datasetId}/resources`)
    await expect(page.getByRole('heading', { name: 'Fichiers', level: 2 })).toBeVisible({
      timeout: 30_000,
    })
  }

  test('an upload through a dropped connection, a 429 and latency completes once', async ({
    page,
  }) => {
    const dataset = await createDataset('E2E résilience envoi')
    const upload = { method: 'POST', path: `/api/1/datasets/${dataset.id}/upload/` }
    await faults({
      latency_ms: 300,
      jitter_ms: 200,
      rules: [
        { ...upload, drop: true, count: 1 },
        { ...upload, status: 429, retry_after: 1, count: 1 },
      ],
    })
    await openResources(page, dataset.id)
    await pickFiles(page).setInputFiles(csvFile('coupures.csv', 'a,b\n1,2\n'))
    await expect(page.getByText('1 sur 1 fichier envoyé')).toBeVisible({ timeout: 20_000 })
    await expectNoRawError(page)
    const titles = (await resourcesOf(dataset.id)).data.map((r) => r.title).sort()
    expect(titles).toEqual(['Fichier distant', 'coupures.csv'])
  })

  test('an upload the server keeps refusing says so, and a retry sends it once', async ({
    page,
  }) => {
    const dataset = await createDataset('E2E résilience envoi refusé')
    await faults({
      rules: [{ method: 'POST', path: `/api/1/datasets/${dataset.id}/upload/`, status: 502 }],
    })
    await openResources(page, dataset.id)
    await pickFiles(page).setInputFiles(csvFile('panne.csv', 'a,b\n1,2\n'))
    const retry = page.getByRole('button', { name: 'Réessayer l’envoi de panne.csv' })
    await expect(retry).toBeVisible({ timeout: 30_000 })
    await shot(page, 'upload-failed')
    await expectNoRawError(page)
    await expectNoAxeViolations(page)
    expect((await resourcesOf(dataset.id)).total).toBe(1)

    await faults({})
    await retry.click()
    await expect(page.getByText('1 sur 1 fichier envoyé')).toBeVisible({ timeout: 20_000 })
    const titles = (await resourcesOf(dataset.id)).data.map((r) => r.title).sort()
    expect(titles).toEqual(['Fichier distant', 'panne.csv'])
  })

  test('an upload whose answer is lost after the server stored it is not stored twice', async ({
    page,
  }) => {
    const dataset = await createDataset('E2E résilience envoi perdu')
    await page.route(`${sandboxUrl}/api/1/datasets/${dataset.id}/upload/`, loseAnswerOnce('POST'))
    await openResources(page, dataset.id)
    await pickFiles(page).setInputFiles(csvFile('une-fois.csv', 'a,b\n1,2\n'))
    await expect(page.getByText(/1 sur 1 fichier envoyé|échec/)).toBeVisible({ timeout: 20_000 })
    await shot(page, 'upload-lost-answer')
    await expectNoRawError(page)
    const titles = (await resourcesOf(dataset.id)).data.map((r) => r.title).sort()
    expect(titles).toEqual(['Fichier distant', 'une-fois.csv'])
  })
})

test.describe('bulk', () => {
  test('adding a tag to 10 datasets under faults ends with each done or failed; a retry finishes', async ({
    page,
  }) => {
    const { key, organization } = admin()
    const tag = `e2e-resilience-${Date.now().toString(36)}`
    const ids: string[] = []
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        api<ApiDataset>('/api/1/datasets/', {
          key,
          method: 'POST',
          json: {
            title: `Résilience masse ${String(n + 1).padStart(2, '0')}`,
            description: 'Jeu de données de test (résilience, masse)',
            organization,
            private: false,
            tags: [tag, 'base'],
            temporal_coverage: { start: '2020-01-01', end: '2020-12-31' },
          },
        }),
      ),
    )
    for (const answer of created) {
      expect(answer.status).toBe(201)
      ids.push(answer.body.id)
    }

    await signInAs(page, me)
    await openTaggedDatasets(page, organization, tag, 10, 30_000)
    await selectWholePage(page)
    const dialog = await previewAddTag(page, 'ajout-sous-pannes', 30_000)

    // One dataset's writes fail for good; the others meet 5xx, 429, drops and latency.
    const stubborn = ids[0] ?? ''
    await faults({
      latency_ms: 100,
      jitter_ms: 100,
      rules: [
        { method: 'PUT', path: datasetPath(stubborn), status: 503 },
        {
          method: 'PUT',
          path: '^/api/1/datasets/[0-9a-f]{24}/$',
          status: 429,
          retry_after: 1,
          count: 2,
        },
        { method: 'PUT', path: '^/api/1/datasets/[0-9a-f]{24}/$', status: 500, count: 2 },
        { method: 'GET', path: '^/api/2/datasets/[0-9a-f]{24}/$', drop: true, count: 2 },
      ],
    })
    await dialog.getByRole('button', { name: 'Appliquer à 10 jeux de données' }).click()
    await expect(page).toHaveURL(/\/bulk\/[0-9a-f-]+$/)
    await expect(page.getByRole('progressbar', { name: 'Avancement' })).toBeVisible()
    await expect(page.getByText(/^Terminé :/)).toBeVisible({ timeout: 60_000 })
    await expect(page.getByText('Terminé : 9 modifiés, 1 échec, 0 conflit.')).toBeVisible()
    await shot(page, 'bulk-failed')
    await expectNoRawError(page)
    // The page content only, as in bulk.spec.ts: the shell is checked by its own specs.
    await expectNoAxeViolations(page, { include: '#content' })
    // The failure is reported, not silently dropped: the stubborn dataset was not touched.
    expect((await readDataset(stubborn)).tags).not.toContain('ajout-sous-pannes')

    await faults({ latency_ms: 100, jitter_ms: 100 })
    await page.getByRole('button', { name: 'Réessayer 1 échec' }).click()
    await expect(page.getByText('Terminé : 10 modifiés, 0 échec, 0 conflit.')).toBeVisible({
      timeout: 30_000,
    })
    for (const id of ids) {
      const stored = await readDataset(id)
      expect(stored.tags.sort()).toEqual(['ajout-sous-pannes', 'base', tag].sort())
      expect(stored.temporal_coverage).toEqual({ start: '2020-01-01', end: '2020-12-31' })
    }
  })
})
