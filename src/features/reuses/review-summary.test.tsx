import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Sandbox } from '../../../sandbox/app'
import { renderRoute } from '@/test/render'
import { sandboxCall, signInAs, startSandbox, testAccount, testInstance } from '@/test/sandbox'
import { setLastVisit } from '@/features/review/review-store'

let sandbox: Sandbox
let requests: string[]

beforeEach(() => {
  localStorage.clear()
  sandbox = startSandbox()
  const toSandbox = globalThis.fetch
  requests = []
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(input instanceof Request ? input.url : String(input))
    return toSandbox(input, init)
  })
})

/** Another organization publishes a reuse of one of our datasets. */
async function othersReuse(datasetId: string) {
  const other = testAccount(sandbox, 'other-org-member')
  await sandboxCall(sandbox, other.api_key)('/api/1/reuses/', 'POST', {
    title: `Une carte ${Math.random()}`,
    description: 'Faite avec vos données',
    url: `https://example.org/${Math.random()}`,
    type: 'visualization',
    topic: 'health',
    datasets: [datasetId],
    organization: other.organization_id,
  })
}

describe('organization home: reuses of our data', () => {
  it('counts others’ reuses newer than the last visit without one request per dataset', async () => {
    const admin = signInAs(sandbox, 'admin')
    const org = admin.organization_id ?? ''
    const list = await sandboxCall(
      sandbox,
      admin.api_key,
    )<{ data: { id: string }[] }>(`/api/2/datasets/?organization=${org}&private=false&page_size=1`)
    const dataset = list.data[0]
    if (!dataset) throw new Error('the seed has public datasets')
    await othersReuse(dataset.id)
    setLastVisit(
      { instance: testInstance, userId: admin.user_id, organizationId: org, subject: 'reuses' },
      new Date().toISOString(),
    )
    await new Promise((resolve) => setTimeout(resolve, 5))
    await othersReuse(dataset.id)
    await othersReuse(dataset.id)

    renderRoute(`/organizations/${org}`)
    expect(
      await screen.findByText('2 nouvelles réutilisations depuis votre dernière visite.'),
    ).toBeInTheDocument()
    expect(requests.filter((url) => url.includes('/reuses/?dataset='))).toEqual([])
  })

  it('on a first visit, says how many datasets are reused', async () => {
    const admin = signInAs(sandbox, 'admin')
    renderRoute(`/organizations/${admin.organization_id ?? ''}`)
    expect(
      await screen.findByText(/jeux? de données réutilisés? : découvrez par qui\./),
    ).toBeInTheDocument()
  })
})
