import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Sandbox } from '../../../sandbox/app'
import { findPageHeading } from '@/test/page'
import { renderRoute } from '@/test/render'
import { signInAs, startSandbox, testInstance } from '@/test/sandbox'
import { getLastOrganization } from '@/features/organizations/last-organization'

let sandbox: Sandbox

beforeEach(() => {
  sandbox = startSandbox()
})

/** The picker's tile (a list item) whose heading has this name, once its role is loaded. */
async function tileOf(name: string | RegExp): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 2, name })
  return waitFor(() => {
    const tile = screen
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('heading', { level: 2, name }))
    expect(tile).toHaveTextContent(/Votre rôle :/)
    return tile!
  })
}

describe('OrganizationPickerPage', () => {
  it('lists the user’s organizations with their role', async () => {
    signInAs(sandbox, 'admin')
    renderRoute('/')
    expect(await tileOf('Ministère de la Transition écologique (MTE)')).toHaveTextContent(
      'Votre rôle : Administrateur',
    )
    expect(await tileOf(/Institut national de l'information/)).toHaveTextContent(
      'Votre rôle : Éditeur',
    )
  })

  it('shows the partial editor role', async () => {
    signInAs(sandbox, 'partial-editor')
    renderRoute('/')
    expect(await screen.findByText('Éditeur partiel')).toBeInTheDocument()
  })

  // Truly slow on a busy machine, hence its timeout: three renders of the app's routes, the
  // organization page twice (22 s seen at load 19 on 2 cores).
  it('remembers the picked organization per instance and opens it next time', async () => {
    const admin = signInAs(sandbox, 'admin')
    const user = userEvent.setup()
    const { unmount } = renderRoute('/')
    await user.click(
      await screen.findByRole('link', { name: 'Ministère de la Transition écologique (MTE)' }),
    )
    expect(await findPageHeading('Ministère de la Transition écologique')).toBeInTheDocument()
    await waitFor(() => expect(getLastOrganization(testInstance)).toBe(admin.organization_id))
    unmount()

    const { router, unmount: unmountAgain } = renderRoute('/')
    expect(await findPageHeading('Ministère de la Transition écologique')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/organizations/${admin.organization_id}`)
    unmountAgain()

    // …with a way back to the list.
    renderRoute('/?choose')
    expect(await findPageHeading('Choisir une organisation')).toBeInTheDocument()
    expect(screen.getByText('Dernière utilisée')).toBeInTheDocument()
  }, 60_000)

  it('explains what to do without any organization', async () => {
    signInAs(sandbox, 'no-organization')
    renderRoute('/')
    expect(await findPageHeading('Vous n’êtes membre d’aucune organisation')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Chercher une organisation/ })).toHaveAttribute(
      'href',
      `${testInstance}/fr/organizations/`,
    )
    expect(screen.getByRole('link', { name: /Créer une organisation/ })).toHaveAttribute(
      'href',
      `${testInstance}/fr/admin/organizations/new`,
    )
  })
})
