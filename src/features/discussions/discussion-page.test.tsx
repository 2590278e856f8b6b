import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { renderRoute } from '@/test/render'
import { startSignedIn, type SandboxCall } from '@/test/sandbox'
import type { Discussion } from './types'

let call: SandboxCall
let org: string

async function openDiscussion(): Promise<Discussion> {
  const datasets = await call<{ data: { id: string }[] }>(
    `/api/2/datasets/?organization=${org}&page_size=1&private=false&deleted=false`,
  )
  const dataset = datasets.data[0]
  if (!dataset) throw new Error('no dataset in the seed')
  return call<Discussion>('/api/1/discussions/', 'POST', {
    title: 'Colonne manquante',
    comment: 'La colonne **code** a disparu.',
    subject: { class: 'Dataset', id: dataset.id },
  })
}

beforeEach(() => {
  ;({ call, organizationId: org } = startSignedIn('admin'))
})

describe('discussion thread', () => {
  // Truly slow on a busy machine, hence its timeout: the first render of the lazy discussion
  // route, 16 keystrokes each re-rendering the form, a post and a refetch (26 s at load 19, 2 cores).
  it('replies as the organization, and the API records the organization', async () => {
    const discussion = await openDiscussion()
    renderRoute(`/organizations/${org}/discussions/${discussion.id}`)
    const user = userEvent.setup()
    await user.type(
      await screen.findByRole('textbox', { name: /Votre réponse/ }),
      'Corrigé, merci !',
    )
    await user.click(await screen.findByRole('radio', { name: /L’organisation/ }))
    await user.click(screen.getByRole('button', { name: 'Envoyer la réponse' }))
    await waitFor(async () => {
      const saved = await call<Discussion>(`/api/1/discussions/${discussion.id}/`)
      expect(saved.discussion).toHaveLength(2)
      expect(saved.discussion[1]?.content).toBe('Corrigé, merci !')
      expect(saved.discussion[1]?.posted_by_organization?.id).toBe(org)
    })
    expect(await screen.findByText('Corrigé, merci !')).toBeInTheDocument()
  }, 60_000)

  it('replies and closes in one go', async () => {
    const discussion = await openDiscussion()
    renderRoute(`/organizations/${org}/discussions/${discussion.id}`)
    const user = userEvent.setup()
    await user.type(await screen.findByRole('textbox', { name: /Votre réponse/ }), 'Réglé.')
    await user.click(screen.getByRole('button', { name: 'Répondre et clore' }))
    await waitFor(async () => {
      const saved = await call<Discussion>(`/api/1/discussions/${discussion.id}/`)
      expect(saved.closed).not.toBeNull()
      expect(saved.discussion[1]?.posted_by_organization).toBeNull()
    })
    expect(await screen.findByText(/on ne peut plus y répondre/)).toBeInTheDocument()
  })
})
