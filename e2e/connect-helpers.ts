import type { Page } from '@playwright/test'
import { sandboxUrl } from './env'
import { account, type AccountId } from './accounts'
import { expect } from './fixtures'

/**
 * Connects through the connect page, as a user does (rather than seeding sessionStorage), so
 * sign-out and reloads behave as in real use.
 */
export async function connectThroughUi(page: Page, key: string) {
  if (!page.url().includes('/connect')) await page.goto('/connect')
  await chooseRadio(page, /Sandbox local|Local sandbox/)
  await page.getByLabel(/Clé d’API|API key/).fill(key)
  await page.getByRole('button', { name: /^(Se connecter|Connect)$/ }).click()
}

/** DSFR draws its own radio over the input: choose it with the keyboard, as a user can. */
export async function chooseRadio(page: Page, name: RegExp) {
  const radio = page.getByRole('radio', { name })
  await radio.focus()
  await page.keyboard.press('Space')
  await expect(radio).toBeChecked()
}

export async function connectAs(page: Page, id: AccountId) {
  await connectThroughUi(page, (await account(id)).api_key)
}

/** Every value kept by the page, to check that no key ever lands in localStorage. */
export async function storage(page: Page): Promise<{ local: string; session: string }> {
  return page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }))
}

export async function expectKeyNotInLocalStorage(page: Page, key: string) {
  const { local } = await storage(page)
  expect(local).not.toContain(key)
}

export const sandboxKeyEntry = `udata-console.api-key.${new URL(sandboxUrl).origin}`
