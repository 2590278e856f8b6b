import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useMessages } from '@/i18n/messages'
import { errorText } from '@/ui/error-text'
import { ErrorState } from '@/ui/query-state'
import { uiMessages } from '@/ui/messages'
import { resourceMessages } from './messages'
import { useReorderResources } from './mutations'
import { resourceQueries } from './queries'
import { moveItem, sameOrder } from './reorder'
import { useFocusOnMount } from './form-helpers'
import { ReorderRow, rowHeight } from './reorder-row'
import type { Resource } from './types'

/**
 * Reorder mode: the whole list is loaded (udata needs every id), moves happen on a draft, and
 * only "Save" writes. A refused or timed-out save leaves the saved order untouched, on the
 * server and on screen, with the draft kept for another try.
 */
export function ReorderPanel({
  datasetId,
  onClose,
}: {
  datasetId: string
  onClose: (message?: string) => void
}) {
  const t = useMessages(resourceMessages)
  const ui = useMessages(uiMessages)
  const headingId = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const query = useInfiniteQuery(resourceQueries.list(datasetId, {}))
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query
  const reorder = useReorderResources(datasetId)

  // Load every page (the table may have loaded only the first ones).
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage])

  const byId = useMemo(() => {
    const map = new Map<string, Resource>()
    for (const page of data?.pages ?? []) for (const r of page.data) map.set(r.id, r)
    return map
  }, [data])
  const savedIds = useMemo(() => [...byId.keys()], [byId])
  const total = data?.pages[0]?.total ?? 0
  const complete = data !== undefined && !hasNextPage

  const [draft, setDraft] = useState<string[] | null>(null)
  const ids = draft ?? savedIds
  const [grabbed, setGrabbed] = useState<{ id: string; from: number } | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const dragId = useRef<string | null>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const focusAfterMove = useRef<string | null>(null)

  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: complete ? ids.length : 0,
    getScrollElement: () => scrollRef.current,
    // Until the scroll area is measured (and in jsdom, where it never is), assume a screenful.
    initialRect: { width: 1000, height: 800 },
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => ids[index] ?? index,
  })

  useEffect(() => {
    const selector = focusAfterMove.current
    if (!selector) return
    focusAfterMove.current = null
    scrollRef.current?.querySelector<HTMLElement>(selector)?.focus()
  })

  const titleOf = (id: string) => byId.get(id)?.title ?? id
  const move = (id: string, to: number, say: (title: string, pos: number) => string) => {
    const from = ids.indexOf(id)
    if (from < 0) return
    const next = moveItem(ids, from, to)
    const position = next.indexOf(id)
    setDraft(next)
    reorder.reset()
    virtualizer.scrollToIndex(position, { align: 'auto' })
    setAnnouncement(say(titleOf(id), position + 1))
  }
  const moveWithButton = (id: string, delta: -1 | 1, button: 'up' | 'down') => {
    const from = ids.indexOf(id)
    const to = from + delta
    // At either end the button is disabled: keep focus on the other one of the row.
    const atEnd = to === 0 || to === ids.length - 1
    const focusButton = atEnd ? (button === 'up' ? 'down' : 'up') : button
    focusAfterMove.current = `[data-move="${focusButton}"][data-id="${CSS.escape(id)}"]`
    move(id, to, (title, pos) => t.moved(title, pos, ids.length))
  }

  const handleGrabKey = (event: KeyboardEvent, id: string) => {
    if (grabbed?.id !== id) return
    const index = ids.indexOf(id)
    const delta = { ArrowUp: -1, ArrowDown: 1, Home: -index, End: ids.length - 1 - index }[
      event.key
    ]
    if (delta !== undefined) {
      event.preventDefault()
      focusAfterMove.current = `[data-grab][data-id="${CSS.escape(id)}"]`
      move(id, index + delta, (title, pos) => t.moved(title, pos, ids.length))
    } else if (event.key === 'Escape') {
      event.preventDefault()
      focusAfterMove.current = `[data-grab][data-id="${CSS.escape(id)}"]`
      move(id, grabbed.from, (title, pos) => t.moveCancelled(title, pos))
      setGrabbed(null)
    }
  }
  const toggleGrab = (id: string) => {
    const index = ids.indexOf(id)
    if (grabbed?.id === id) {
      setGrabbed(null)
      setAnnouncement(t.dropped(titleOf(id), index + 1, ids.length))
    } else {
      setGrabbed({ id, from: index })
      setAnnouncement(t.grabbed(titleOf(id), index + 1, ids.length))
    }
  }

  const changed = !sameOrder(ids, savedIds)
  const save = () => {
    if (!changed) return onClose(t.orderUnchanged)
    reorder.mutate(ids, { onSuccess: () => onClose(t.orderSaved) })
  }
  const failure = reorder.error
  const failureReason = failure ? errorText(failure, ui) : ''

  const items = virtualizer.getVirtualItems()
  return (
    <section aria-labelledby={headingId} className="fr-mb-4w">
      <h3 id={headingId} className="fr-h5" tabIndex={-1} ref={headingRef}>
        {t.reorderHeading}
      </h3>
      <p className="fr-hint-text">{t.reorderHelp}</p>
      <p aria-live="assertive" className="fr-sr-only">
        {announcement}
      </p>
      {failure ? (
        <Alert
          className="fr-mb-2w"
          severity="error"
          title={t.orderFailedTitle}
          description={t.orderFailed(failureReason)}
          as="h4"
        />
      ) : null}
      {isError ? (
        <ErrorState error={query.error} onRetry={() => void fetchNextPage()} />
      ) : !complete ? (
        <p role="status">{t.reorderLoading(savedIds.length, total)}</p>
      ) : (
        <div
          ref={scrollRef}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label={t.reorderListLabel}
          style={{
            maxHeight: '60vh',
            overflow: 'auto',
            border: '1px solid var(--border-default-grey)',
          }}
        >
          <ol
            className="fr-m-0 fr-p-0"
            style={{ height: virtualizer.getTotalSize(), position: 'relative', listStyle: 'none' }}
          >
            {items.map((item) => {
              const id = ids[item.index] ?? ''
              const title = titleOf(id)
              return (
                <ReorderRow
                  key={id}
                  id={id}
                  title={title}
                  index={item.index}
                  count={ids.length}
                  start={item.start}
                  isGrabbed={grabbed?.id === id}
                  dragIdRef={dragId}
                  onDropHere={(source) =>
                    move(source, item.index, (name, pos) => t.dropped(name, pos, ids.length))
                  }
                  onMove={(delta, button) => moveWithButton(id, delta, button)}
                  onToggleGrab={() => toggleGrab(id)}
                  onGrabKey={(event) => handleGrabKey(event, id)}
                />
              )
            })}
          </ol>
        </div>
      )}
      <div className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <Button onClick={save} disabled={!complete || reorder.isPending}>
          {reorder.isPending ? t.saving : t.saveOrder}
        </Button>
        <Button priority="secondary" onClick={() => onClose()}>
          {t.cancelReorder}
        </Button>
      </div>
    </section>
  )
}
