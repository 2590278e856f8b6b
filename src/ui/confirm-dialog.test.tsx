import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from './confirm-dialog'

function Harness({
  danger = false,
  onConfirm = vi.fn(),
}: {
  danger?: boolean
  onConfirm?: () => void
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Supprimer 3 jeux de données
      </button>
      <ConfirmDialog
        open={open}
        title="Supprimer 3 jeux de données ?"
        confirmLabel="Supprimer"
        danger={danger}
        onConfirm={() => {
          onConfirm()
          setOpen(false)
        }}
        onCancel={() => setOpen(false)}
      >
        <p>Ils iront dans la corbeille.</p>
      </ConfirmDialog>
    </>
  )
}

describe('ConfirmDialog', () => {
  it('is a dialog named by its title and described by its text', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Supprimer 3 jeux de données' }))
    const dialog = screen.getByRole('dialog', { name: 'Supprimer 3 jeux de données ?' })
    expect(dialog).toHaveAccessibleDescription('Ils iront dans la corbeille.')
    expect(screen.getByRole('button', { name: 'Supprimer' })).toHaveFocus()
  })

  it('confirms', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    await user.click(screen.getByRole('button', { name: 'Supprimer 3 jeux de données' }))
    await user.click(screen.getByRole('button', { name: 'Supprimer' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('closes on Escape, Cancel and Close without confirming', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    const opener = screen.getByRole('button', { name: 'Supprimer 3 jeux de données' })
    await user.click(opener)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Annuler' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Fermer' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('puts the focus on Cancel for a destructive action', async () => {
    const user = userEvent.setup()
    render(<Harness danger />)
    await user.click(screen.getByRole('button', { name: 'Supprimer 3 jeux de données' }))
    expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus()
  })
})
