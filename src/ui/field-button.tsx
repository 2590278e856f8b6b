import { Button } from '@codegouvfr/react-dsfr/Button'
import type { FrIconClassName } from '@codegouvfr/react-dsfr/fr'
import type { ReactNode } from 'react'

/** A small button of a form's field (add a row, edit or remove an entry): it never submits the form. */
export function FieldButton({
  iconId,
  priority = 'secondary',
  className,
  disabled,
  onClick,
  children,
}: {
  iconId?: FrIconClassName
  priority?: 'secondary' | 'tertiary' | 'tertiary no outline'
  className?: string
  disabled?: boolean
  onClick: () => void
  children: ReactNode
}) {
  const common = { type: 'button', priority, size: 'small', className, disabled, onClick } as const
  return iconId ? (
    <Button {...common} iconId={iconId}>
      {children}
    </Button>
  ) : (
    <Button {...common}>{children}</Button>
  )
}
