import type { Locator, Page } from '@playwright/test'
import { account } from './accounts'
import { api, expect } from './fixtures'
import type { DatasetPut } from '@/features/datasets/types'

/** Unique enough for titles and URLs: every spec writes to the same sandbox. */
export const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`

/** udata's list envelope, as much of it as the specs read. */
export type ApiPage<T> = { data: T[]; total: number; next_page: string | null }

export type ApiDiscussion = {
  id: string
  title: string
  closed: string | null
  organization: { id: string } | null
  discussion: { content: string; posted_by_organization: { id: string } | null }[]
}

type EditedField = 'title' | 'acronym' | 'description' | 'description_short' | 'tags' | 'license'

/** What the dataset specs read back of a dataset to check an edit (udata's v1 fields). */
export type ApiDatasetCore = Pick<DatasetPut, EditedField | 'frequency' | 'temporal_coverage'> & {
  id: string
  extras: Record<string, unknown>
  resources: Array<{ id: string; title: string }>
  last_modified: string
}

/** Creates something through the API as `key` (set-up for a test) and checks udata made it. */
export async function createViaApi<T>(path: string, key: string, json: unknown): Promise<T> {
  const { status, body } = await api<T>(path, { key, method: 'POST', json })
  // udata's answer in the failure says why it refused the set-up
  expect(status, JSON.stringify(body)).toBe(201)
  return body
}

/** The seeded admin's API key and organization, for set-up and checks through the API. */
export async function admin() {
  const found = await account('admin')
  return { key: found.api_key, organization: found.organization_id ?? '' }
}

/** A public dataset of the admin's organization, for another account to discuss or reuse. */
export async function publicDataset(sort?: string): Promise<{ id: string }> {
  const { key, organization } = await admin()
  const { body } = await api<ApiPage<{ id: string }>>(
    `/api/2/datasets/?organization=${organization}&private=false&deleted=false&page_size=1${sort ? `&sort=${sort}` : ''}`,
    { key },
  )
  const dataset = body.data[0]
  if (!dataset) throw new Error('no public dataset in the seed')
  return dataset
}

/** A dataset as the API reads it back now, with `key` (a draft needs its organization's). */
export async function readDataset<T>(key: string, id: string): Promise<T> {
  const response = await api<T>(`/api/1/datasets/${id}/`, { key })
  expect(response.status).toBe(200)
  return response.body
}

/**
 * A private dataset of our own (tests run in parallel on the same sandbox) made by `spec`, with
 * temporal coverage, extras and one remote file besides `fields`: what an edit must keep.
 */
export async function createDatasetToEdit<T>(
  owner: { key: string; organization: string },
  spec: string,
  fields: Record<string, unknown>,
) {
  const { key, organization } = owner
  const created = await createViaApi<{ id: string }>('/api/1/datasets/', key, {
    description: `Créé par **${spec}**.`,
    organization,
    private: true,
    temporal_coverage: { start: '2020-01-01', end: '2021-12-31' },
    extras: { 'e2e:note': 'gardé' },
    ...fields,
  })
  await createViaApi(`/api/1/datasets/${created.id}/resources/`, key, {
    filetype: 'remote',
    title: 'Fichier distant',
    url: 'https://example.org/fichier.csv',
    type: 'main',
    format: 'csv',
  })
  return readDataset<T>(key, created.id)
}

/** The file picker of a dataset's files tab. */
export const pickFiles = (page: Page) =>
  page.getByLabel('Choisir des fichiers', { exact: true }).last()

/** A CSV file as a user picks it. */
export const csvFile = (name: string, content: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(content),
})

/** The row of the table named `table` that links to `title` (a reuse, a resource…). */
export function rowLinkingTo(page: Page, table: string, title: string): Locator {
  return page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title }) })
}

/** The admin organization's dataset page, on `tab` if given. */
export async function openDataset(page: Page, id: string, tab = '') {
  const { organization } = await admin()
  await page.goto(`/organizations/${organization}/datasets/${id}${tab ? `/${tab}` : ''}`)
}
