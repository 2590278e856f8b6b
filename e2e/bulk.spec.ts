import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { account, freshAccount } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { csvFile } from './helpers'
import { openTaggedDatasets, previewAddTag, selectWholePage } from './bulk-helpers'
import { setFaults } from './faults'

// Shared, loaded machines: a lazy page compiled on first visit can take a while to show.
const expect = configureWaits({ step: 60_000 })

/**
 * axe on the page content (main, and the modal it opens). The app shell is checked by its
 * owner's specs; a shell finding must not hide or fail the bulk screens.
 */
const axeScope = { include: '#content' }

type ApiDataset = {
  id: string
  title: string
  tags: string[]
  license: string
  frequency: string
  temporal_coverage: { start: string; end: string | null } | null
  private: boolean
  description: string
}

const shots = process.env.BULK_SHOTS

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })
}

/** Set-up calls on a loaded machine: a refused connection is tried again, not a failed test. */
async function withRetry<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call()
    } catch (error) {
      if (attempt >= 3) throw error
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    }
  }
}

/**
 * Creates `count` public datasets carrying a tag of their own, so this test is alone with them,
 * and returns them with an admin key of this test's own (faults set for it touch no other test).
 */
async function createDatasets(
  count: number,
  label: string,
  overrides: (index: number) => Partial<ApiDataset> & { description_short?: string } = () => ({}),
) {
  const admin = await freshAccount('admin')
  const tag = `e2e-${label}-${Date.now().toString(36)}`
  const ids: string[] = []
  for (let start = 0; start < count; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - start) }, (_, offset) =>
        withRetry(() =>
          api<ApiDataset>('/api/1/datasets/', {
            key: admin.api_key,
            method: 'POST',
            json: {
              title: `${label} ${String(start + offset + 1).padStart(3, '0')}`,
              description: `Jeu de données de test ${label}`,
              organization: admin.organization_id,
              private: false,
              tags: [tag, 'base'],
              license: 'lov2',
              frequency: 'monthly',
              temporal_coverage: { start: '2020-01-01', end: '2020-12-31' },
              ...overrides(start + offset),
            },
          }),
        ),
      ),
    )
    for (const created of batch) {
      expect(created.status).toBe(201)
      ids.push(created.body.id)
    }
  }
  return { admin, tag, ids }
}

async function getDataset(id: string): Promise<ApiDataset> {
  const admin = await account('admin')
  const { body } = await api<ApiDataset>(`/api/1/datasets/${id}/`, { key: admin.api_key })
  return body
}

async function openSelection(page: Page, organizationId: string, tag: string, total: number) {
  await openTaggedDatasets(page, organizationId, tag, Math.min(total, 100), 30_000)
  await shot(page, 'datasets-before-select')
  await selectWholePage(page)
  await expect(page.getByRole('checkbox', { name: 'Sélectionner toute la page' })).toBeChecked()
  if (total > 100) {
    await page
      .getByRole('button', {
        name: `Sélectionner les ${total} jeux de données correspondant aux filtres`,
      })
      .click()
  }
  await expect(page.getByRole('group', { name: 'Actions en masse' })).toBeVisible()
}

async function waitForEnd(page: Page) {
  await expect(page.getByText(/^(Terminé|Finished) :/)).toBeVisible({ timeout: 300_000 })
}

// The engine reads each dataset again just before writing it (the conflict check), and these
// journeys inject faults that are retried: repeated GETs are the point here, not waste.
test.use({ allowDuplicateRequests: true })

// These machines are shared and often loaded: journeys get room, assertions stay the same.
test.beforeEach(() => {
  test.setTimeout(600_000)
})

test('adds a tag to 300 datasets through 10% failures, then retries until all are done', async ({
  page,
}) => {
  const { admin, tag } = await createDatasets(300, 'masse')
  await signInAs(page, admin)
  await openSelection(page, admin.organization_id!, tag, 300)
  await expectNoAxeViolations(page, axeScope)
  await shot(page, 'bar-fr')

  const dialog = await previewAddTag(page, 'ajout-en-masse', 30_000)
  await expect(
    dialog.getByText('300 jeux de données seront modifiés, 0 restera inchangé.', { exact: false }),
  ).toBeVisible()
  await expectNoAxeViolations(page, axeScope)
  await shot(page, 'preview-fr')

  // 10% of all requests fail at random, and the first 40 writes fail for good.
  await setFaults(admin.api_key, {
    error_rate: 0.1,
    rules: [{ method: 'PUT', path: '^/api/1/datasets/[0-9a-f]{24}/$', status: 503, count: 40 }],
  })
  await dialog.getByRole('button', { name: 'Appliquer à 300 jeux de données' }).click()
  await expect(page).toHaveURL(/\/bulk\/[0-9a-f-]+$/, { timeout: 30_000 })
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ajouter des mots-clés')
  await expect(page.getByRole('progressbar', { name: 'Avancement' })).toBeVisible()
  await shot(page, 'progress-fr')
  await waitForEnd(page)
  await expectNoAxeViolations(page, axeScope)
  await shot(page, 'results-fr')
  await expect(page.getByText(/Échec \(\d+\)/).first()).toBeVisible()

  for (let round = 0; round < 10; round += 1) {
    const retry = page.getByRole('button', { name: /^Réessayer \d+ échecs?$/ })
    if (!(await retry.isVisible())) break
    await retry.click()
    await waitForEnd(page)
  }
  await expect(page.getByText('Modifié (300)').first()).toBeVisible()
  await setFaults(admin.api_key, {})

  const { body } = await api<{ total: number }>(
    `/api/2/datasets/?organization=${admin.organization_id}&tag=${tag}&tag=ajout-en-masse&page_size=1`,
    { key: admin.api_key },
  )
  expect(body.total).toBe(300)

  // The jobs list shows it, finished.
  await page.getByRole('link', { name: 'Toutes les modifications en masse' }).click()
  await expect(
    page.getByRole('table', { name: 'Modifications en masse de l’organisation' }),
  ).toBeVisible()
  await expectNoAxeViolations(page, axeScope)
  await shot(page, 'jobs-fr')
})

/**
 * Adds `newTag` to `count` new datasets, `concurrency` at a time, each dataset request slowed by
 * `delayMs` so that the job is still running when the test acts on it.
 */
async function startSlowJob(
  page: Page,
  label: string,
  count: number,
  newTag: string,
  job: { concurrency: number; delayMs: number },
) {
  const created = await createDatasets(count, label)
  const { admin } = created
  await signInAs(page, admin)
  await openSelection(page, admin.organization_id!, created.tag, count)
  const dialog = await previewAddTag(page, newTag, 30_000)
  await dialog.getByLabel('Requêtes simultanées').selectOption(String(job.concurrency))
  await setFaults(admin.api_key, {
    rules: [{ path: '^/api/[12]/datasets/[0-9a-f]{24}/$', delay_ms: job.delayMs }],
  })
  await dialog.getByRole('button', { name: `Appliquer à ${count} jeux de données` }).click()
  return created
}

test('a dataset edited by someone else during the job ends as a conflict', async ({ page }) => {
  // Slow dataset requests down so the job is still running when the other client writes.
  const { admin, ids } = await startSlowJob(page, 'conflit', 24, 'pendant-le-travail', {
    concurrency: 2,
    delayMs: 150,
  })
  await expect(page.getByRole('progressbar', { name: 'Avancement' })).toBeVisible()

  // The list is newest first, so the first dataset created is the last one the job reaches.
  const victim = ids[0]!
  const current = await getDataset(victim)
  const edited = await api(`/api/1/datasets/${victim}/`, {
    key: admin.api_key,
    method: 'PUT',
    json: {
      title: current.title,
      description: current.description,
      tags: [...current.tags, 'edite-ailleurs'],
      temporal_coverage: current.temporal_coverage,
    },
  })
  expect(edited.status).toBe(200)

  await waitForEnd(page)
  await expect(page.getByText('Conflit (1)').first()).toBeVisible()
  await page.getByLabel('Filtrer par statut').selectOption({ label: 'Conflit (1)' })
  await expect(page.getByRole('link', { name: `Ouvrir « ${current.title} »` })).toBeVisible()
  await expect(
    page.getByText('Modifié entre-temps par quelqu’un d’autre : Mots-clés'),
  ).toBeVisible()
  const after = await getDataset(victim)
  expect(after.tags).toContain('edite-ailleurs')
  expect(after.tags).not.toContain('pendant-le-travail')
  expect((await getDataset(ids[1]!)).tags).toContain('pendant-le-travail')
})

test('a job interrupted by a reload is found and resumed', async ({ page }) => {
  const { admin, tag } = await startSlowJob(page, 'reprise', 40, 'apres-rechargement', {
    concurrency: 1,
    delayMs: 100,
  })
  await expect(page.getByText(/^([3-9]|\d\d) \/ 40 traités$/)).toBeVisible({ timeout: 30_000 })

  // Leaving a running job asks for confirmation; the user insists.
  page.once('dialog', (prompt) => void prompt.accept())
  await page.reload()
  await expect(page.getByText('Interrompue').first()).toBeVisible()
  await expect(page.getByText(/Cette modification a été interrompue/)).toBeVisible()
  await expectNoAxeViolations(page, axeScope)
  await shot(page, 'interrupted-fr')
  await setFaults(admin.api_key, {})

  await page.getByRole('link', { name: 'Toutes les modifications en masse' }).click()
  await expect(page.getByRole('link', { name: /^Ouvrir la modification du / }).first()).toHaveText(
    'Reprendre',
  )
  await page
    .getByRole('link', { name: /^Ouvrir la modification du / })
    .first()
    .click()
  await page.getByRole('button', { name: 'Reprendre' }).click()
  await waitForEnd(page)
  await expect(page.getByText('Modifié (40)').first()).toBeVisible()
  const { body } = await api<{ total: number }>(
    `/api/2/datasets/?organization=${admin.organization_id}&tag=${tag}&tag=apres-rechargement&page_size=1`,
    { key: admin.api_key },
  )
  expect(body.total).toBe(40)
})

test('reverts a finished job', async ({ page }) => {
  const { admin, tag, ids } = await createDatasets(8, 'annulation')
  await signInAs(page, admin)
  await openSelection(page, admin.organization_id!, tag, 8)
  await page.getByRole('button', { name: 'Modifier en masse…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog
    .getByLabel('Modification')
    .selectOption({ label: 'Changer la fréquence de mise à jour' })
  await dialog.getByLabel('Fréquence de mise à jour').selectOption('daily')
  await dialog.getByRole('button', { name: 'Prévisualiser' }).click()
  await dialog.getByRole('button', { name: 'Appliquer à 8 jeux de données' }).click()
  await waitForEnd(page)
  expect((await getDataset(ids[3]!)).frequency).toBe('daily')

  await page.getByRole('button', { name: 'Annuler cette modification' }).click()
  await expectNoAxeViolations(page, axeScope)
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Annulation d’une modification en masse',
  )
  await waitForEnd(page)
  await expect(page.getByText('Modifié (8)').first()).toBeVisible()
  for (const id of ids) expect((await getDataset(id)).frequency).toBe('monthly')
})

test('exports a CSV, and re-imports it edited', async ({ page }) => {
  const { admin, tag, ids } = await createDatasets(5, 'tableur')
  await signInAs(page, admin)
  await openSelection(page, admin.organization_id!, tag, 5)

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en CSV' }).click()
  const download = await downloadPromise
  const csv = await readFile(await download.path(), 'utf8')
  expect(csv.startsWith('\uFEFFid;title;acronym;description_short;tags;license;frequency;')).toBe(
    true,
  )
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
  expect(lines).toHaveLength(6)

  // In the "spreadsheet": rename one dataset, change another's frequency, add an unknown id.
  const header = lines[0]!.split(';')
  const edited = lines.map((line) => {
    const cells = line.split(';')
    if (cells[0] === ids[0]) cells[header.indexOf('title')] = 'Renommé par tableur'
    if (cells[0] === ids[1]) cells[header.indexOf('frequency')] = 'annual'
    return cells.join(';')
  })
  edited.push(['0123456789abcdef01234567', 'Inconnu', ...header.slice(2).map(() => '')].join(';'))

  const chooserPromise = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Importer un CSV…' }).click()
  const chooser = await chooserPromise
  await chooser.setFiles(csvFile('jeux-modifies.csv', '\uFEFF' + edited.join('\r\n') + '\r\n'))
  const dialog = page.getByRole('dialog', { name: 'Importer « jeux-modifies.csv »' })
  await expect(
    dialog.getByText('2 jeux de données seront modifiés, 3 resteront inchangés.', { exact: false }),
  ).toBeVisible({
    timeout: 30_000,
  })
  await expect(
    dialog.getByText('Identifiant inconnu dans cette organisation : 0123456789abcdef01234567'),
  ).toBeVisible()
  await expectNoAxeViolations(page, axeScope)
  await shot(page, 'import-fr')
  // Nothing written before confirming.
  expect((await getDataset(ids[0]!)).title).not.toBe('Renommé par tableur')

  await dialog.getByRole('button', { name: 'Appliquer à 2 jeux de données' }).click()
  await waitForEnd(page)
  expect((await getDataset(ids[0]!)).title).toBe('Renommé par tableur')
  expect((await getDataset(ids[1]!)).frequency).toBe('annual')
  expect((await getDataset(ids[2]!)).tags).toEqual(['base', tag].sort())
})

/** Hands `bytes` to the import button's file chooser, and returns the preview dialog. */
async function importFile(page: Page, name: string, bytes: Buffer) {
  const chooserPromise = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Importer un CSV…' }).click()
  const chooser = await chooserPromise
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: bytes })
  return page.getByRole('dialog', { name: `Importer « ${name} »` })
}

async function exportCsv(page: Page): Promise<Buffer> {
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en CSV' }).click()
  return readFile(await (await downloadPromise).path())
}

test.describe('spreadsheets that cannot hurt and cannot lose', () => {
  // No job runs here until the last step of one test: every view must read each thing once.
  test.use({ allowDuplicateRequests: false })

  test('an export imported back unchanged is a plan with 0 changes, in either delimiter', async ({
    page,
  }) => {
    const tricky: Array<Partial<ApiDataset> & { description_short?: string }> = [
      { title: '=SOMME(1;2)' },
      { title: '- Budget annexe', private: true },
      { title: "'=1+1 déjà entre apostrophes" },
      { title: '+33 1 23 45 67 89', description_short: 'Ligne 1\nligne 2 ; avec « guillemets »' },
      { title: '@mention "citée"' },
    ]
    const { admin, tag } = await createDatasets(tricky.length, 'allerretour', (i) => tricky[i]!)
    await signInAs(page, admin)
    for (const delimiter of ['point-virgule (;)', 'virgule (,)']) {
      await openSelection(page, admin.organization_id!, tag, tricky.length)
      // French console, French Excel: `;` until the user picks another.
      await expect(page.getByLabel('Séparateur de l’export')).toHaveValue(';')
      await page.getByLabel('Séparateur de l’export').selectOption({ label: delimiter })
      await shot(page, `export-bar-${delimiter}`)
      const bytes = await exportCsv(page)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.toString('utf8')
      const cell = delimiter === 'virgule (,)' ? ',' : ';'
      expect(text.startsWith(`\uFEFFid${cell}title${cell}acronym${cell}`)).toBe(true)
      // Neutralised for Excel and LibreOffice: no cell starts with = + - @ or a tab.
      expect(text).not.toMatch(/(^|[;,\n])"?[=+@\-\t]/)
      expect(text).toContain(`'=SOMME(1;2)`)
      expect(text).toContain(`${cell}'- Budget annexe${cell}`)
      expect(text).toContain(`${cell}''=1+1 déjà entre apostrophes${cell}`)

      // Back from the spreadsheet, file untouched: a fresh view, as after a reload.
      await openSelection(page, admin.organization_id!, tag, tricky.length)
      const name = `tel-quel-${cell === ',' ? 'virgules' : 'points-virgules'}.csv`
      const dialog = await importFile(page, name, bytes)
      await expect(
        dialog.getByText(`0 jeu de données sera modifié, ${tricky.length} resteront inchangés.`),
      ).toBeVisible({ timeout: 30_000 })
      await expect(
        dialog.getByText(`Fichier lu : séparateur ${delimiter}, encodage UTF-8 avec BOM.`),
      ).toBeVisible()
      await expect(
        dialog.getByText('Aucun jeu de données ne changerait : il n’y a rien à appliquer.'),
      ).toBeVisible()
      await expectNoAxeViolations(page, axeScope)
      await shot(page, `import-unchanged-${name}`)
    }
  })

  test('a Windows-1252 file is read as such, and a date that does not exist is refused on its row', async ({
    page,
  }) => {
    const { admin, tag, ids } = await createDatasets(2, 'ansi')
    await signInAs(page, admin)
    await openSelection(page, admin.organization_id!, tag, 2)
    // What French Excel's plain "CSV (séparateur : point-virgule)" writes: the Windows code
    // page, byte by byte, with ’ – œ € where Windows-1252 and Latin-1 differ.
    const ascii = (text: string) => Buffer.from(text, 'latin1')
    const bytes = Buffer.concat([
      ascii(`id;title;temporal_start\r\n${ids[0]};Qualit`),
      Buffer.from([0xe9]),
      ascii(' de l'),
      Buffer.from([0x92]),
      ascii('air '),
      Buffer.from([0x96]),
      ascii(' '),
      Buffer.from([0x9c]),
      ascii('uvre 5 '),
      Buffer.from([0x80]),
      ascii(`;01/02/2020\r\n${ids[1]};Autre;31/02/2024\r\n`),
    ])
    const dialog = await importFile(page, 'ansi.csv', bytes)
    await expect(
      dialog.getByText('1 jeu de données sera modifié, 0 restera inchangé.'),
    ).toBeVisible({ timeout: 30_000 })
    await expect(
      dialog.getByText('Fichier lu : séparateur point-virgule (;), encodage Windows-1252 (ANSI).'),
    ).toBeVisible()
    await expect(dialog.getByText('Qualité de l’air – œuvre 5 €')).toBeVisible()
    await expect(
      dialog.getByText(
        'Ligne 3 — Date invalide pour temporal_start : « 31/02/2024 » — cette date n’existe pas',
      ),
    ).toBeVisible()
    await expectNoAxeViolations(page, axeScope)
    await shot(page, 'import-windows-1252')
  })
})

test('an import with a blank `private` cell leaves the draft a draft', async ({ page }) => {
  const { admin, tag, ids } = await createDatasets(2, 'brouillon', (i) => ({ private: i === 0 }))
  await signInAs(page, admin)
  await openSelection(page, admin.organization_id!, tag, 2)
  const csv = `id;title;private\r\n${ids[0]};=Brouillon renommé;\r\n${ids[1]};;\r\n`
  const dialog = await importFile(page, 'prive-vide.csv', Buffer.from(csv, 'utf8'))
  await expect(dialog.getByText('1 jeu de données sera modifié, 1 restera inchangé.')).toBeVisible({
    timeout: 30_000,
  })
  await expect(
    dialog.getByText('Fichier lu : séparateur point-virgule (;), encodage UTF-8 sans BOM.'),
  ).toBeVisible()
  await expectNoAxeViolations(page, axeScope)
  await dialog.getByRole('button', { name: 'Appliquer à 1 jeu de données' }).click()
  await waitForEnd(page)
  const draft = await getDataset(ids[0]!)
  expect(draft.title).toBe('=Brouillon renommé')
  expect(draft.private).toBe(true)
  expect((await getDataset(ids[1]!)).private).toBe(false)

  // The job's report is a CSV the console writes too: UTF-8 with BOM, `;`, formulas neutralised.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Télécharger le rapport (CSV)' }).click()
  const report = await readFile(await (await downloadPromise).path())
  expect([...report.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = report.toString('utf8')
  expect(text).toContain(`${ids[0]};brouillon 001;`)
  expect(text).toContain(";'=Brouillon renommé;")
  expect(text).not.toMatch(/(^|[;\n])"?=/)
})
