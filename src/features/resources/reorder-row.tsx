import { Button } from '@codegouvfr/react-dsfr/Button'
import type { KeyboardEvent, RefObject } from 'react'
import { useMessages } from '@/i18n/messages'
import { resourceMessages } from './messages'

export const rowHeight = 56

/**
 * One resource of the reorder list: dragged with the mouse, moved with its arrow buttons, or
 * grabbed and moved with the keyboard.
 */
export function ReorderRow({
  id,
  title,
  index,
  count,
  start,
  isGrabbed,
  dragIdRef,
  onDropHere,
  onMove,
  onToggleGrab,
  onGrabKey,
}: {
  id: string
  title: string
  index: number
  count: number
  /** Where the virtualiser places the row, in pixels. */
  start: number
  isGrabbed: boolean
  /** The resource being dragged, shared by the rows. */
  dragIdRef: RefObject<string | null>
  /** Another row was dropped on this one. */
  onDropHere: (sourceId: string) => void
  onMove: (delta: -1 | 1, button: 'up' | 'down') => void
  onToggleGrab: () => void
  onGrabKey: (event: KeyboardEvent) => void
}) {
  const t = useMessages(resourceMessages)
  return (
    <li
      draggable
      onDragStart={(event) => {
        dragIdRef.current = id
        event.dataTransfer.effectAllowed = 'move'
        event.dataTransfer.setData('text/plain', id)
      }}
      onDragOver={(event) => {
        if (dragIdRef.current) event.preventDefault()
      }}
      onDrop={(event) => {
        event.preventDefault()
        const source = dragIdRef.current
        dragIdRef.current = null
        if (source && source !== id) onDropHere(source)
      }}
      aria-posinset={index + 1}
      aria-setsize={count}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        height: rowHeight,
        transform: `translateY(${start}px)`,
        display: 'flex',
        alignItems: 'center',
        gap: '0.5rem',
        padding: '0 0.75rem',
        borderBottom: '1px solid var(--border-default-grey)',
        background: isGrabbed
          ? 'var(--background-action-low-blue-france)'
          : 'var(--background-default-grey)',
        cursor: 'grab',
      }}
    >
      <span aria-hidden="true" title={t.dragHandle} style={{ color: 'var(--text-mention-grey)' }}>
        ⠿
      </span>
      <span className="fr-text--sm fr-m-0" style={{ minWidth: '3.5rem' }}>
        {index + 1}.
      </span>
      <span
        style={{
          flex: 1,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
      >
        {title}
      </span>
      <Button
        size="small"
        priority="tertiary"
        iconId="fr-icon-arrow-up-line"
        title={t.moveUp(title)}
        disabled={index === 0}
        onClick={() => onMove(-1, 'up')}
        nativeButtonProps={{ 'data-move': 'up', 'data-id': id }}
      />
      <Button
        size="small"
        priority="tertiary"
        iconId="fr-icon-arrow-down-line"
        title={t.moveDown(title)}
        disabled={index === count - 1}
        onClick={() => onMove(1, 'down')}
        nativeButtonProps={{ 'data-move': 'down', 'data-id': id }}
      />
      <Button
        size="small"
        priority={isGrabbed ? 'primary' : 'secondary'}
        onClick={onToggleGrab}
        nativeButtonProps={{
          'data-grab': '',
          'data-id': id,
          'aria-label': isGrabbed ? t.drop(title) : t.grab(title),
          onKeyDown: onGrabKey,
        }}
      >
        {isGrabbed ? t.dropLabel : t.grabLabel}
      </Button>
    </li>
  )
}
