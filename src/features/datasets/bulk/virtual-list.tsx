import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'

/** A long list that stays smooth: only the rows in view are in the DOM. */
export function VirtualList<T>({
  items,
  label,
  estimateSize,
  renderItem,
  getKey,
  tall = false,
}: {
  items: readonly T[]
  label: string
  estimateSize: number
  renderItem: (item: T) => ReactNode
  getKey: (item: T) => string
  tall?: boolean
}) {
  const parentRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimateSize,
    overscan: 8,
    getItemKey: (index) => getKey(items[index] as T),
  })
  return (
    <div
      ref={parentRef}
      className="bulk-virtual"
      // As tall as its rows, up to a cap: two rows do not leave a screen of blank.
      style={{ height: `min(${virtualizer.getTotalSize() + 2}px, ${tall ? '36rem' : '26rem'})` }}
      role="region"
      aria-label={label}
      // A scrollable region must be reachable with the keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <ul
        className="bulk-virtual__inner fr-raw-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="bulk-virtual__row"
            style={{ transform: `translateY(${row.start}px)` }}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
          >
            {renderItem(items[row.index] as T)}
          </li>
        ))}
      </ul>
    </div>
  )
}
