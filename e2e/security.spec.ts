import { account } from './accounts'
import { api, expect, signInAs, test } from './fixtures'
import { sandboxUrl } from './env'

type Page<T> = { data: T[] }
type Titled = { id: string; title: string }

// The seeded hostile content (script tags, onerror handlers, javascript: URLs) must stay text.
test('the API key stays in sessionStorage and goes only to the chosen instance; payloads stay inert', async ({
  page,
}) => {
  // Twelve views, the review inbox's crawl among them: more than the default minute on a busy machine.
  test.slow()
  const admin = await account('admin')
  const organizationId = admin.organization_id ?? ''
  const leaks: string[] = []
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.text().includes(admin.api_key)) leaks.push(`console: ${message.text()}`)
  })
  page.on('request', (request) => {
    const url = request.url()
    if (url.includes(admin.api_key)) leaks.push(`URL: ${url}`)
    const headers = request.headers()
    const carriesKey = Object.values(headers).some((value) => value.includes(admin.api_key))
    if (carriesKey && new URL(url).origin !== sandboxUrl) leaks.push(`sent to ${url}`)
    if ((request.postData() ?? '').includes(admin.api_key)) leaks.push(`body of ${url}`)
  })

  // Views that show the seeded hostile titles, descriptions, tags and URLs.
  const hostile = await api<Page<Titled>>(
    `/api/2/datasets/?organization=${organizationId}&q=script&page_size=5`,
    { key: admin.api_key },
  )
  const hostileDataset = hostile.body.data[0]
  if (!hostileDataset)
    throw new Error('the sandbox seeds a dataset with a script payload in its title')
  const reuses = await api<Page<Titled>>(`/api/2/reuses/?organization=${organizationId}`, {
    key: admin.api_key,
  })
  const views = [
    `/organizations/${organizationId}`,
    `/organizations/${organizationId}/datasets?q=script`,
    `/organizations/${organizationId}/datasets?q=img`,
    ...['', '/resources', '/reuses', '/discussions', '/activity'].map(
      (tab) => `/organizations/${organizationId}/datasets/${hostileDataset.id}${tab}`,
    ),
    `/organizations/${organizationId}/reuses`,
    ...(reuses.body.data[0]
      ? [`/organizations/${organizationId}/reuses/${reuses.body.data[0].id}`]
      : []),
    `/organizations/${organizationId}/review`,
    `/organizations/${organizationId}/discussions`,
  ]
  expect(
    hostileDataset,
    'the sandbox seeds a dataset with a script payload in its title',
  ).toBeTruthy()

  await signInAs(page, 'admin')
  for (const view of views) {
    await page.goto(view)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText(/^(Chargement|Loading)/)).toHaveCount(0)
    expect(page.url()).not.toContain(admin.api_key)
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }))
    expect(stored, `localStorage on ${view}`).not.toContain(admin.api_key)
    // No element from API text may carry an inline event handler or a javascript: link.
    const live = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].some(
        (el) =>
          [...el.attributes].some((attr) => attr.name.startsWith('on')) ||
          (el instanceof HTMLAnchorElement &&
            el.href.trim().toLowerCase().startsWith('javascript:')),
      ),
    )
    expect(live, `live handler or javascript: link on ${view}`).toBe(false)
  }
  await page.goto(`/organizations/${organizationId}/datasets?q=script`)
  await expect(page.getByText(hostileDataset.title).first()).toBeVisible()
  expect(dialogs, 'a payload ran').toEqual([])
  expect(leaks).toEqual([])
})
