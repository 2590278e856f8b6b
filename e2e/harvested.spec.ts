import type { Page } from '@playwright/test'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { admin, readDataset as readApiDataset, unique, type ApiPage } from './helpers'

// One journey on a shared, loaded 2-core machine: generous waits.
const expect = configureWaits({ step: 30_000, test: 120_000 })

type ApiDataset = {
  id: string
  acronym: string | null
  description: string
  tags: string[]
  temporal_coverage: { start: string; end: string | null } | null
  last_modified: string
  deleted: string | null
  archived: string | null
  harvest: { modified_at: string | null } | null
  internal: { last_modified_internal: string }
}

/** A live harvested dataset of the admin's organization (the seed marks some as harvested). */
async function harvestedDataset(): Promise<ApiDataset> {
  const { key, organization } = await admin()
  // Other specs reorder and edit the organization's datasets: look further than the first page.
  let found: ApiDataset | undefined
  for (let page = 1; page <= 20 && !found; page += 1) {
    const { status, body } = await api<ApiPage<ApiDataset>>(
      `/api/1/datasets/?organization=${organization}&page_size=100&page=${page}`,
      { key },
    )
    if (status !== 200) break
    found = body.data.find((d) => d.harvest?.modified_at && !d.deleted && !d.archived)
  }
  if (!found) throw new Error('no harvested dataset in the seed')
  return found
}

const readDataset = async (id: string) => readApiDataset<ApiDataset>((await admin()).key, id)

const field = (page: Page, name: RegExp) => page.getByRole('textbox', { name })

// Saving re-reads the dataset on purpose, after the form's own load.
test.use({ allowDuplicateRequests: true })

test('another client edits a harvested dataset while the form is open → conflict view, not an overwrite', async ({
  page,
}) => {
  const dataset = await harvestedDataset()
  const { key, organization } = await admin()
  await signInAs(page, 'admin')
  await page.goto(`/organizations/${organization}/datasets/${dataset.id}`)
  const mine = `CONSOLE-${unique()}`.slice(0, 30)
  await field(page, /^Sigle/).fill(mine)

  // Meanwhile another client rewrites the description: udata keeps last_modified at the remote
  // catalogue's date, so only internal.last_modified_internal moves.
  const theirs = `Description changée par un autre client ${unique()}.`
  const other = await api<ApiDataset>(`/api/1/datasets/${dataset.id}/`, {
    key,
    method: 'PUT',
    json: {
      description: theirs,
      tags: dataset.tags,
      temporal_coverage: dataset.temporal_coverage,
    },
  })
  expect(other.status).toBe(200)
  expect(other.body.last_modified).toBe(dataset.last_modified)
  expect(other.body.internal.last_modified_internal).not.toBe(
    dataset.internal.last_modified_internal,
  )

  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(
    page.getByRole('heading', { name: 'Ce jeu de données a changé depuis que vous l’avez ouvert' }),
  ).toBeVisible()
  const conflicts = page.getByRole('table', { name: /^Champs modifiés/ })
  await expect(conflicts.getByRole('row', { name: /^Description/ })).toContainText(theirs)
  // Nothing of ours was written, and theirs is intact.
  const now = await readDataset(dataset.id)
  expect(now.description).toBe(theirs)
  expect(now.acronym).not.toBe(mine)
  await expectNoAxeViolations(page)
})
