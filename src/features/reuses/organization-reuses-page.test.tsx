import { screen, waitFor } from '@testing-library/react'
import { expect, it } from 'vitest'
import { renderRoute } from '@/test/render'
import { signInAs, startSandbox } from '@/test/sandbox'

it('takes a page past the end (404 from udata) to the last page, as every list does', async () => {
  const organizationId = signInAs(startSandbox(), 'admin').organization_id ?? ''
  const { router } = renderRoute(`/organizations/${organizationId}/reuses?page=400`)
  await waitFor(() => expect(router.state.location.search).not.toBe('?page=400'))
  expect(
    await screen.findByText('Cette page n’existe plus ; voici la dernière page.'),
  ).toBeInTheDocument()
  const [, page, pages] = /Page (\d+) sur (\d+)/.exec(
    (await screen.findByText(/Page \d+ sur \d+/)).textContent ?? '',
  ) ?? ['', '', '']
  expect(page).toBe(pages)
})
