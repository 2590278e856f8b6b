import { account } from './accounts'
import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { admin, createViaApi, unique, type ApiPage } from './helpers'

// The shared 2-core machine is slow: screens may take a while to appear.
const expect = configureWaits({ step: 30_000, test: 120_000 })

type Notification = { id: string; handled_at: string | null; details: Record<string, unknown> }

const unreadTotal = async (key: string) =>
  (await api<ApiPage<Notification>>('/api/1/notifications/?handled=false&page_size=1', { key }))
    .body.total

/** The count the header announces, from its accessible name ("Notifications, 3 non lues"). */
async function headerCount(page: import('@playwright/test').Page): Promise<number> {
  const label =
    (await page.getByRole('link', { name: /^Notifications, / }).getAttribute('aria-label')) ?? ''
  return Number(/(\d+)/.exec(label)?.[1] ?? 0)
}

test('open a notification from the header: it lands where it is handled and is read', async ({
  page,
}) => {
  // A transfer to Région Bretagne notifies its admin: a notification this test knows.
  const { key, organization } = await admin()
  const region = await account('other-org-member')
  const title = `Réutilisation notifiée ${unique()}`
  const { body: reuse } = await api<{ id: string }>('/api/1/reuses/', {
    key,
    method: 'POST',
    json: {
      title,
      description: 'Créée par le test des notifications',
      url: `https://example.org/e2e/${unique()}`,
      type: 'application',
      topic: 'health',
      organization,
    },
  })
  await createViaApi('/api/1/transfer/', key, {
    subject: { class: 'Reuse', id: reuse.id },
    recipient: { class: 'Organization', id: region.organization_id },
    comment: 'Pour le test des notifications',
  })

  await signInAs(page, region)
  await page.goto(`/organizations/${region.organization_id ?? ''}`)
  const bell = page.getByRole('link', { name: /^Notifications, \d+ non lues?$/ })
  await expect(bell).toBeVisible()
  const before = await headerCount(page)
  expect(before).toBeGreaterThan(0)
  await bell.click()

  await expect(page).toHaveURL(/\/notifications$/)
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible()
  const item = page.getByRole('listitem').filter({ hasText: title })
  await expect(item).toContainText('Ministère de la Transition écologique propose de transférer')
  await expectNoAxeViolations(page)
  await item.getByRole('link', { name: 'Ouvrir' }).click()

  await expect(page).toHaveURL(new RegExp(`/organizations/${region.organization_id}/transfers$`))
  await expect(page.getByRole('row').filter({ hasText: title })).toBeVisible()
  // The one opened is now read, and the header's count follows the server's (compared with the
  // server rather than with `before`: other specs may notify this admin meanwhile).
  await expect
    .poll(async () => {
      const { body } = await api<ApiPage<Notification>>('/api/1/notifications/?page_size=100', {
        key: region.api_key,
      })
      const mine = body.data.find((n) => JSON.stringify(n.details).includes(reuse.id))
      return mine?.handled_at ?? null
    })
    .not.toBeNull()
  await expect.poll(() => headerCount(page)).toBe(await unreadTotal(region.api_key))
})

test('mark a notification as read from the list', async ({ page }) => {
  await signInAs(page, 'admin')
  await page.goto('/notifications')
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Marquer comme lue' }) })
    .first()
  await expect(first).toBeVisible()
  const text = (await first.locator('p').last().textContent()) ?? ''
  await first.getByRole('button', { name: 'Marquer comme lue' }).click()
  await expect(page.getByText('Notification marquée comme lue.').first()).toBeVisible()
  await page.getByRole('link', { name: 'Toutes' }).click()
  await expect(page).toHaveURL(/all=1/)
  await expect(page.getByRole('listitem').filter({ hasText: text }).first()).toBeVisible()
})
