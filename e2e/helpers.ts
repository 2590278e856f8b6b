import { account, api } from './fixtures'

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
