import { api, configureWaits, expectNoAxeViolations, signInAs, test } from './fixtures'
import { sandboxUrl } from './env'
import { admin, createViaApi, unique } from './helpers'

// The shared 2-core machine is slow: screens may take a while to appear.
const expect = configureWaits({ step: 30_000, test: 180_000 })

type Person = { api_key: string; user_id: string; first_name: string; last_name: string }

/** A brand-new person with an API key (the seeded accounts' memberships must not change). */
async function newPerson(first_name: string): Promise<Person & { name: string }> {
  const response = await fetch(`${sandboxUrl}/_sandbox/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ first_name, last_name: `E2E ${unique()}` }),
  })
  expect(response.status).toBe(201)
  const person = (await response.json()) as Person
  return { ...person, name: `${person.first_name} ${person.last_name}` }
}

async function createDataset(title: string): Promise<string> {
  const { key, organization } = await admin()
  const created = await createViaApi<{ id: string }>('/api/1/datasets/', key, {
    title,
    description: 'Créé par members.spec.ts',
    organization,
    private: false,
  })
  return created.id
}

/** A fresh member of the admin's organization with `role`, invited and accepted through the API. */
async function newMember(first_name: string, role: string) {
  const { key, organization } = await admin()
  const person = await newPerson(first_name)
  const invited = await createViaApi<{ id: string }>(
    `/api/1/organizations/${organization}/member/`,
    key,
    { user: person.user_id, role },
  )
  const accepted = await api(`/api/1/me/org_invitations/${invited.id}/accept/`, {
    key: person.api_key,
    method: 'POST',
  })
  expect(accepted.status).toBe(200)
  return person
}

test.describe('organization members', () => {
  test('an admin invites a partial editor with two datasets, who accepts and may edit only those', async ({
    page,
  }) => {
    const { organization } = await admin()
    const token = unique()
    const titles = [`Attribué A ${token}`, `Attribué B ${token}`]
    for (const title of titles) await createDataset(title)
    const invitee = await newPerson('Invitée')

    await signInAs(page, 'admin')
    await page.goto(`/organizations/${organization}/members`)
    await expect(page.getByRole('heading', { name: 'Membres', level: 1 })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Membres de l’organisation' })).toBeVisible()
    const form = page.getByRole('form', { name: 'Inviter une personne' })
    await form.getByLabel('Rechercher une personne').fill(invitee.last_name)
    await form.getByRole('button', { name: `Choisir ${invitee.name}` }).click()
    await expect(form.getByText(`Personne choisie : ${invitee.name}`)).toBeVisible()
    await form.getByLabel('Rôle').selectOption({ label: 'Éditeur partiel' })
    await form.getByLabel(/Rechercher un jeu de données ou une réutilisation/).fill(token)
    for (const title of titles)
      await form.getByRole('button', { name: `Attribuer ${title}` }).click()
    await expect(form.getByText('2 objets attribués')).toBeVisible()
    await expectNoAxeViolations(page)
    await form.getByRole('button', { name: 'Envoyer l’invitation' }).click()
    await expect(page.getByText('Invitation envoyée.')).toBeVisible()
    const invitations = page.getByRole('table', { name: 'Invitations en attente de réponse' })
    await expect(
      invitations.getByRole('row', { name: new RegExp(invitee.last_name) }),
    ).toContainText('Éditeur partiel')

    // The invitee signs in with their own key and accepts from the screen they land on.
    await signInAs(page, invitee)
    await page.goto('/')
    const mine = page.getByRole('region', { name: 'Vos invitations' })
    await expect(mine).toContainText('Rôle proposé : Éditeur partiel')
    await expect(mine).toContainText('Vous pourrez modifier 2 objets de l’organisation.')
    await expectNoAxeViolations(page)
    await mine.getByRole('button', { name: /^Accepter l’invitation de / }).click()
    // /me/ now lists the organization: its tile, or the organization itself when it is the one
    // this browser used last (the admin's visit above) and the picker opens it directly.
    const tile = page.getByRole('link', { name: /Ministère de la Transition écologique/ })
    await expect(tile.or(page.getByRole('button', { name: 'Organisation : MTE' }))).toBeVisible()

    await page.goto(`/organizations/${organization}/datasets?q=${encodeURIComponent(token)}`)
    const table = page.getByRole('table')
    for (const title of titles) {
      const row = table.getByRole('row', { name: new RegExp(title) })
      await expect(row).toBeVisible()
      await expect(row).not.toContainText('Lecture seule')
    }
    await expectNoAxeViolations(page)
    await page.goto(`/organizations/${organization}/datasets`)
    await expect(page.getByRole('table').getByText('Lecture seule').first()).toBeVisible()
  })

  test('an admin accepts a request (the person becomes an editor) and refuses another with a comment', async ({
    page,
  }) => {
    const { key, organization } = await admin()
    const accepted = await newPerson('Candidate')
    const refused = await newPerson('Refusé')
    for (const person of [accepted, refused]) {
      await createViaApi(`/api/1/organizations/${organization}/membership/`, person.api_key, {
        comment: `Je souhaite rejoindre l’équipe (${person.last_name})`,
      })
    }

    await signInAs(page, 'admin')
    await page.goto(`/organizations/${organization}/members`)
    const requests = page.getByRole('table', { name: 'Demandes d’adhésion en attente' })
    await expect(requests.getByRole('row', { name: new RegExp(accepted.last_name) })).toBeVisible()
    await expectNoAxeViolations(page)

    await requests.getByRole('button', { name: `Accepter la demande de ${accepted.name}` }).click()
    const acceptDialog = page.getByRole('dialog', {
      name: `Accepter ${accepted.name} dans l’organisation ?`,
    })
    await expect(acceptDialog).toContainText('La personne devient éditeur')
    await acceptDialog.getByRole('button', { name: 'Accepter comme éditeur' }).click()
    await expect(
      page.getByText(`${accepted.name} est maintenant éditeur de l’organisation.`),
    ).toBeVisible()
    const members = page.getByRole('table', { name: 'Membres de l’organisation' })
    await expect(members.getByRole('row', { name: new RegExp(accepted.last_name) })).toContainText(
      'Éditeur',
    )

    await requests.getByRole('button', { name: `Refuser la demande de ${refused.name}` }).click()
    const refuseDialog = page.getByRole('dialog', {
      name: `Refuser la demande de ${refused.name} ?`,
    })
    await refuseDialog.getByRole('button', { name: 'Refuser la demande' }).click()
    await expect(refuseDialog.getByText('Ce champ est obligatoire.')).toBeVisible()
    await refuseDialog.getByLabel(/Motif du refus/).fill('Merci de passer par votre service.')
    await refuseDialog.getByRole('button', { name: 'Refuser la demande' }).click()
    await expect(page.getByText(`Demande de ${refused.name} refusée.`)).toBeVisible()
    await expect(requests.getByRole('row', { name: new RegExp(refused.last_name) })).toHaveCount(0)
    const history = await api<{ status: string }[]>(
      `/api/1/organizations/${organization}/membership/?user=${refused.user_id}`,
      { key },
    )
    expect(history.body.map((request) => request.status)).toEqual(['refused'])
  })

  test('an admin changes a member’s role and removes another, after confirming', async ({
    page,
  }) => {
    const { organization } = await admin()
    const promoted = await newMember('Promue', 'editor')
    const leaving = await newMember('Partant', 'editor')

    await signInAs(page, 'admin')
    await page.goto(`/organizations/${organization}/members`)
    const members = page.getByRole('table', { name: 'Membres de l’organisation' })
    await members.getByRole('button', { name: `Changer le rôle de ${promoted.name}` }).click()
    const roleDialog = page.getByRole('dialog', { name: `Rôle de ${promoted.name}` })
    await roleDialog.getByText('Éditeur partiel', { exact: true }).click()
    await expect(roleDialog).toContainText('la personne perd tout droit de modification')
    await roleDialog.getByText('Administrateur', { exact: true }).click()
    await expectNoAxeViolations(page)
    await roleDialog.getByRole('button', { name: 'Enregistrer le rôle' }).click()
    await expect(page.getByText(`${promoted.name} est maintenant Administrateur.`)).toBeVisible()
    await expect(members.getByRole('row', { name: new RegExp(promoted.last_name) })).toContainText(
      'Administrateur',
    )

    await members.getByRole('button', { name: `Retirer ${leaving.name}` }).click()
    const removeDialog = page.getByRole('dialog', {
      name: `Retirer ${leaving.name} de l’organisation ?`,
    })
    await removeDialog.getByRole('button', { name: 'Retirer de l’organisation' }).click()
    await expect(page.getByText(`${leaving.name} a été retiré·e de l’organisation.`)).toBeVisible()
    await expect(members.getByRole('row', { name: new RegExp(leaving.last_name) })).toHaveCount(0)
  })
})
