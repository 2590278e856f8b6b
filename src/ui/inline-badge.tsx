import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge'

/** A small badge after a cell's text (harvested, read-only, deleted, new), a space between them. */
export function InlineBadge(props: Pick<BadgeProps, 'severity' | 'noIcon' | 'children'>) {
  return (
    <>
      {' '}
      <Badge as="span" small {...props} />
    </>
  )
}
