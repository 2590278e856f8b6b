import type { BrowserContext, Page } from '@playwright/test'
import { type Account, freshAccount } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { openTaggedDatasets, previewAddTag, selectWholePage } from './bulk-helpers'
import { setFaults } from './faults'
import { connectThroughUi } from './connect-helpers'
import { createViaApi, unique } from './helpers'

// Journeys on a shared, loaded 2-core machine: generous waits, same assertions.
const step = 60_000
const expect = configureWaits({ step, test: 300_000 })

// The engine reads each dataset again just before writing it (its conflict check): repeated
// GETs are the point. The job page's follow-up of another tab reads IndexedDB, not the API.
test.use({ allowDuplicateRequests: true })

/** `count` public datasets with a tag of their own, so this test is alone with them. */
async function createDatasets(owner: Account, count: number) {
  const tag = `e2e-guard-${unique()}`
  for (let index = 0; index < count; index += 1) {
    await createViaApi<{ id: string }>('/api/1/datasets/', owner.api_key, {
      title: `Garde ${String(index + 1).padStart(2, '0')}`,
      description: 'Jeu de données de test bulk-guard.spec.ts',
      organization: owner.organization_id,
      private: false,
      tags: [tag],
    })
  }
  return tag
}

/** Selects the tagged datasets and starts "add a tag" on them; resolves on the job page. */
async function startAddTag(page: Page, owner: Account, tag: string, count: number) {
  await openTaggedDatasets(page, owner.organization_id ?? '', tag, count, step)
  await selectWholePage(page)
  const dialog = await previewAddTag(page, 'garde-onglets', step)
  await dialog.getByLabel('Requêtes simultanées').selectOption('1')
  await dialog.getByRole('button', { name: `Appliquer à ${count} jeux de données` }).click()
  await expect(page).toHaveURL(/\/bulk\/[0-9a-f-]{36}$/)
  return page.url()
}

/**
 * A fresh admin key, `count` datasets of its own, and a job on them started in `page`. Writes
 * are slowed for that key only (12 of them take half a minute even on an idle machine), so
 * the job is still running while a second tab is opened, checked and axe-scanned.
 */
async function startSlowJob(page: Page, count: number) {
  const owner = await freshAccount('admin')
  const tag = await createDatasets(owner, count)
  await setFaults(owner.api_key, {
    rules: [{ path: '^/api/1/datasets/[0-9a-f]{24}/$', method: 'PUT', delay_ms: 2500 }],
  })
  // Through the connect page, not a seeded session: a sign-out must stick, reloads included.
  await connectThroughUi(page, owner.api_key)
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible()
  const jobUrl = await startAddTag(page, owner, tag, count)
  return { owner, tag, jobUrl }
}

function processed(page: Page) {
  return page.getByText(/^\d+ \/ \d+ traités$/)
}

async function processedCount(page: Page): Promise<number> {
  return Number((await processed(page).textContent())?.split(' ')[0])
}

test('a job runs in one tab; another tab follows it live and takes over once the first closes', async ({
  page,
  context,
}) => {
  const { owner, tag, jobUrl } = await startSlowJob(page, 12)

  const second = await context.newPage()
  await signInAs(second, owner)
  await second.goto(jobUrl)
  await expect(second.getByText(/^Ce traitement s’exécute dans un autre onglet/)).toBeVisible()
  await expect(second.getByText('En cours', { exact: true })).toBeVisible()
  await expect(second.getByRole('button', { name: 'Mettre en pause' })).toBeDisabled()
  await expect(second.getByRole('button', { name: 'Arrêter la modification' })).toBeDisabled()
  // Live: the count moves on in the second tab while the first one works.
  const seen = await processedCount(second)
  await expect.poll(() => processedCount(second)).toBeGreaterThan(seen)
  await expectNoAxeViolations(second)

  // Paused in the first tab: the second still may not resume, the first holds the runner.
  await page.getByRole('button', { name: 'Mettre en pause' }).click()
  await expect(second.getByText('En pause', { exact: true })).toBeVisible()
  await expect(second.getByRole('button', { name: 'Reprendre' })).toBeDisabled()

  // The first tab closes: its lock goes with it, and the second tab resumes the job.
  await setFaults(owner.api_key, {})
  await page.close()
  await expect(second.getByText(/^Ce traitement s’exécute dans un autre onglet/)).toBeHidden()
  await second.getByRole('button', { name: 'Reprendre' }).click()
  await expect(second.getByText(/^Terminé :/)).toBeVisible()
  await expect(second.getByText('12 / 12 traités')).toBeVisible()
  const { body } = await api<{ total: number }>(
    `/api/2/datasets/?organization=${owner.organization_id}&tag=${tag}&tag=garde-onglets&page_size=1`,
    { key: owner.api_key },
  )
  expect(body.total).toBe(12)
})

/** Another tab of the same browser (same IndexedDB), signed in as `who`. */
async function signedInPage(context: BrowserContext, who: Account) {
  const page = await context.newPage()
  await signInAs(page, who)
  return page
}

/** Pauses the job on screen, lifts its slow-down, and asks to sign out: the question shows. */
async function pauseThenSignOut(page: Page, apiKey: string) {
  await page.getByRole('button', { name: 'Mettre en pause' }).click()
  await expect(page.getByText('En pause', { exact: true })).toBeVisible()
  await setFaults(apiKey, {})
  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  const question = page.getByRole('dialog', { name: 'Conserver les traitements en pause ?' })
  await expect(question).toBeVisible()
  return question
}

test('another account on the same browser sees none of the first one’s jobs; sign-out keeps paused ones', async ({
  page,
  context,
}) => {
  const { owner, jobUrl } = await startSlowJob(page, 6)
  // Sign-out asks; "keep" is the default choice.
  const question = await pauseThenSignOut(page, owner.api_key)
  await expect(question.getByRole('button', { name: 'Conserver et se déconnecter' })).toBeFocused()
  await expectNoAxeViolations(page)
  await question.getByRole('button', { name: 'Conserver et se déconnecter' }).click()
  await expect(page).toHaveURL(/\/connect/)

  // Another account of the same organization, same browser (same IndexedDB).
  const colleague = await freshAccount('editor')
  const other = await signedInPage(context, colleague)
  await other.goto(`/organizations/${owner.organization_id}/bulk`)
  await expect(
    other.getByText('Aucune modification en masse pour cette organisation dans ce navigateur.'),
  ).toBeVisible()
  await other.goto(jobUrl)
  await expect(
    other.getByText('Cette modification en masse n’existe pas dans ce navigateur.'),
  ).toBeVisible()

  // The owner, back, finds the paused job and can finish it.
  const back = await signedInPage(context, owner)
  await back.goto(`/organizations/${owner.organization_id}/bulk`)
  await expect(back.getByRole('link', { name: /^Ouvrir la modification du / })).toHaveCount(1)
  await back.goto(jobUrl)
  await back.getByRole('button', { name: 'Reprendre' }).click()
  await expect(back.getByText('6 / 6 traités')).toBeVisible()
})

test('sign-out: Escape stays signed in; "delete" removes the unfinished job before signing out', async ({
  page,
}) => {
  const { owner } = await startSlowJob(page, 3)
  const question = await pauseThenSignOut(page, owner.api_key)
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  await expect(page.getByRole('button', { name: 'Reprendre' })).toBeVisible()

  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  await question.getByRole('button', { name: 'Supprimer et se déconnecter' }).click()
  await expect(page).toHaveURL(/\/connect/)
  await connectThroughUi(page, owner.api_key)
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible()
  await page.goto(`/organizations/${owner.organization_id}/bulk`)
  await expect(
    page.getByText('Aucune modification en masse pour cette organisation dans ce navigateur.'),
  ).toBeVisible()
})
