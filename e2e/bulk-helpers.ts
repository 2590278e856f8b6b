import type { Page } from '@playwright/test'
import { expect } from './fixtures'

// Each step takes the wait its spec allows: the bulk specs run on loaded machines, some slower.

/** The organization's datasets tagged `tag`, a hundred a page, once `rows` of them show. */
export async function openTaggedDatasets(
  page: Page,
  organization: string,
  tag: string,
  rows: number,
  timeout: number,
) {
  await page.goto(`/organizations/${organization}/datasets?tag=${tag}&page_size=100`)
  await expect(page.getByRole('checkbox', { name: /^Sélectionner «/ })).toHaveCount(rows, {
    timeout,
  })
}

export async function selectWholePage(page: Page) {
  await page.getByRole('checkbox', { name: 'Sélectionner toute la page' }).dispatchEvent('click')
}

/** Bulk edit of the selection: "add tags" with `tag`, up to its preview; returns the dialog. */
export async function previewAddTag(page: Page, tag: string, timeout: number) {
  await page.getByRole('button', { name: 'Modifier en masse…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Modification').selectOption({ label: 'Ajouter des mots-clés' })
  await dialog.getByLabel('Mots-clés à ajouter').fill(tag)
  await dialog.getByRole('button', { name: 'Prévisualiser' }).click()
  await expect(dialog.getByRole('heading', { name: 'Aperçu avant modification' })).toBeVisible({
    timeout,
  })
  return dialog
}
