import { account } from './accounts'
import { api, configureWaits, expectNoAxeViolations, test } from './fixtures'
import { admin, createViaApi, publicDataset, type ApiDiscussion } from './helpers'

const expect = configureWaits({ step: 30_000, test: 300_000 })

/** A user outside the organization opens a discussion on one of its public datasets. */
async function openDiscussion(title: string): Promise<{ discussion: ApiDiscussion; org: string }> {
  const outsider = await account('no-organization')
  const dataset = await publicDataset()
  const discussion = await createViaApi<ApiDiscussion>('/api/1/discussions/', outsider.api_key, {
    title,
    comment: 'La colonne *code_insee* est vide depuis la dernière mise à jour.',
    subject: { class: 'Dataset', id: dataset.id },
  })
  return { discussion, org: (await admin()).organization }
}

test.describe('discussions', () => {
  test.use({ signedInAs: 'admin' })

  test('list: open/closed and search live in the URL', async ({ page }) => {
    const title = `Question e2e ${Date.now()}`
    const { org } = await openDiscussion(title)
    await page.goto(`/organizations/${org}/discussions`)
    const table = page.getByRole('table', { name: 'Discussions de l’organisation' })
    await expect(table.getByRole('row').nth(1)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('searchbox', { name: 'Rechercher dans les discussions' }).fill(title)
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/[?&]q=/)
    await expect(table.getByRole('link', { name: title })).toBeVisible()
    await expect(table.getByRole('row')).toHaveCount(2)

    await page.getByText('Closes', { exact: true }).click()
    await expect(page).toHaveURL(/state=closed/)
    await expect(page.getByText('Aucune discussion ne correspond à ces critères.')).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('link', { name: title })).toBeVisible()
  })

  test('a thread: reply as the organization, then reply and close', async ({ page }) => {
    const { discussion, org } = await openDiscussion(`Fichier vide ${Date.now()}`)
    await page.goto(`/organizations/${org}/discussions/${discussion.id}`)
    await expect(page.getByRole('heading', { name: discussion.title, level: 1 })).toBeVisible()
    await expect(page.locator('em', { hasText: 'code_insee' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('textbox', { name: /Votre réponse/ }).fill('Merci, nous regardons.')
    // DSFR draws the radio on its label, which takes the click.
    await page.locator('label', { hasText: 'L’organisation' }).click()
    await expect(page.getByRole('radio', { name: /L’organisation/ })).toBeChecked()
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click()
    await expect(page.getByText('Merci, nous regardons.')).toBeVisible()
    const { key } = await admin()
    // The text may show before the server has answered the POST: wait for the server's copy.
    await expect
      .poll(
        async () =>
          (await api<ApiDiscussion>(`/api/1/discussions/${discussion.id}/`, { key })).body
            .discussion[1]?.content,
      )
      .toBe('Merci, nous regardons.')
    const afterReply = await api<ApiDiscussion>(`/api/1/discussions/${discussion.id}/`, { key })
    expect(afterReply.body.discussion[1]?.posted_by_organization?.id).toBe(org)

    await page.getByRole('textbox', { name: /Votre réponse/ }).fill('Corrigé dans la version 2.')
    await page.getByRole('button', { name: 'Répondre et clore' }).click()
    await expect(page.getByText(/on ne peut plus y répondre/)).toBeVisible()
    const closed = await api<ApiDiscussion>(`/api/1/discussions/${discussion.id}/`, { key })
    expect(closed.body.closed).not.toBeNull()
    expect(closed.body.discussion).toHaveLength(3)
  })
})
