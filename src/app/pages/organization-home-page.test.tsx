import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Sandbox } from '../../../sandbox/app'
import { findPageHeading } from '@/test/page'
import { renderRoute } from '@/test/render'
import { signInAs, startSandbox, testInstance } from '@/test/sandbox'

let sandbox: Sandbox

beforeEach(() => {
  sandbox = startSandbox()
})

/** Asks the sandbox directly, as another client would, for the number to expect. */
async function total(path: string, key: string): Promise<number> {
  const response = await sandbox.fetch(
    new Request(`${testInstance}${path}`, { headers: { 'X-API-KEY': key } }),
  )
  const body = (await response.json()) as { total: number }
  return body.total
}

describe('OrganizationHomePage', () => {
  // Truly slow on a busy machine, hence its timeout: the first render of the lazy organization
  // route, four counting requests and four links to find (26 s seen at load 19 on 2 cores).
  it('counts datasets by status, with links to each list', async () => {
    const admin = signInAs(sandbox, 'admin')
    const organizationId = admin.organization_id!
    renderRoute(`/organizations/${organizationId}`)
    expect(await findPageHeading('Ministère de la Transition écologique')).toBeInTheDocument()

    const base = `/api/2/datasets/?organization=${organizationId}&page_size=1`
    const expected = {
      Publics: await total(`${base}&private=false&archived=false&deleted=false`, admin.api_key),
      Brouillons: await total(`${base}&private=true&archived=false&deleted=false`, admin.api_key),
      Archivés: await total(`${base}&archived=true&deleted=false`, admin.api_key),
      Supprimés: await total(`${base}&deleted=true`, admin.api_key),
    }
    expect(expected.Brouillons).toBeGreaterThan(0)
    for (const [label, count] of Object.entries(expected)) {
      const link = await screen.findByRole('link', {
        name: `${count.toLocaleString('fr-FR')} ${label}`,
      })
      expect(link.getAttribute('href')).toMatch(
        new RegExp(
          `^/organizations/${organizationId}/datasets\\?status=(public|draft|archived|deleted)$`,
        ),
      )
    }
    expect(screen.getByRole('link', { name: /Brouillons/ })).toHaveAttribute(
      'href',
      `/organizations/${organizationId}/datasets?status=draft`,
    )
    expect(screen.getByRole('link', { name: 'Publier un jeu de données' })).toHaveAttribute(
      'href',
      `/organizations/${organizationId}/datasets/new`,
    )
  }, 60_000)

  it('warns a visitor who is not a member', async () => {
    const other = signInAs(sandbox, 'other-org-member')
    const admin = sandbox.accounts.find((account) => account.id === 'admin')!
    expect(other.organization_id).not.toBe(admin.organization_id)
    renderRoute(`/organizations/${admin.organization_id}`)
    expect(
      await screen.findByText(/Vous n’êtes pas membre de cette organisation/),
    ).toBeInTheDocument()
    expect(
      screen.queryByRole('link', { name: 'Publier un jeu de données' }),
    ).not.toBeInTheDocument()
  })

  it('says when the organization does not exist', async () => {
    signInAs(sandbox, 'admin')
    renderRoute('/organizations/000000000000000000000000')
    expect(await findPageHeading('Organisation introuvable')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Choisir une autre organisation' })).toHaveAttribute(
      'href',
      '/?choose',
    )
  })
})
