import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Sandbox } from '../../../sandbox/app'
import { renderRoute } from '@/test/render'
import { sandboxCall, startSignedIn, testInstance, type SandboxCall } from '@/test/sandbox'
import { reviewStorageKey } from '@/features/review/review-store'
import type { ReuseV2 } from './types'

let sandbox: Sandbox
let call: SandboxCall
let org: string
let userId: string

beforeEach(() => {
  const session = startSignedIn('admin')
  sandbox = session.sandbox
  call = session.call
  org = session.organizationId
  userId = session.account.user_id
})

describe('review inbox', () => {
  it('lists others’ reuses of the organization’s data, and remembers what was reviewed', async () => {
    // Another organization reuses one of ours: it must show up, newest first.
    const other = sandbox.accounts.find((account) => account.id === 'other-org-member')
    const ours = await call<{ data: { id: string; title: string }[] }>(
      `/api/2/datasets/?organization=${org}&page_size=1&private=false`,
    )
    const dataset = ours.data[0]
    if (!other || !dataset) throw new Error('seed lacks what the test needs')
    const created = await sandboxCall(sandbox, other.api_key)<ReuseV2>('/api/1/reuses/', 'POST', {
      title: 'Une carte faite par la Bretagne',
      description: 'Elle utilise vos données',
      url: 'https://example.org/inbox-test',
      type: 'visualization',
      topic: 'health',
      datasets: [dataset.id],
      organization: other.organization_id,
    })

    renderRoute(`/organizations/${org}/review`)
    const user = userEvent.setup()
    const link = await screen.findByRole(
      'link',
      { name: 'Une carte faite par la Bretagne' },
      { timeout: 20_000 },
    )
    const table = screen.getByRole('table', {
      name: 'Réutilisations des jeux de données de l’organisation',
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0]).toContainElement(link)
    // The organization's own reuses are not "others'" reuses.
    const own = await call<{ data: ReuseV2[] }>(`/api/2/reuses/?organization=${org}&page_size=100`)
    for (const reuse of own.data)
      expect(within(table).queryByRole('link', { name: reuse.title })).not.toBeInTheDocument()

    await user.click(
      within(rows[0] as HTMLElement).getByRole('button', { name: /Marquer comme revue/ }),
    )
    const stored = JSON.parse(
      localStorage.getItem(
        reviewStorageKey({
          instance: testInstance,
          userId,
          organizationId: org,
          subject: 'reuses',
        }),
      ) ?? '{}',
    ) as { reviewed?: string[]; lastVisit?: string }
    expect(stored.reviewed).toEqual([created.id])
    expect(stored.lastVisit).toEqual(expect.any(String))

    await user.click(screen.getByRole('checkbox', { name: 'Seulement les non revues' }))
    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: 'Une carte faite par la Bretagne' }),
      ).not.toBeInTheDocument(),
    )
  }, 60_000)
})
