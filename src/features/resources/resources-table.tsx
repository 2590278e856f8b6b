import { Button } from '@codegouvfr/react-dsfr/Button'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { formatDate } from '@/ui/dates'
import { AvailabilityCell } from '@/ui/availability-cell'
import { formatSize } from '@/ui/file-size'
import { resourceMessages } from './messages'
import { resourceQueries, type ResourceListParams } from './queries'
import { useResourceTypeLabels } from './resource-type-labels'
import type { Resource } from './types'

const rowHeight = 64

/**
 * The dataset's resources in their saved order. Datasets with thousands of files stay quick:
 * rows are virtualised (only what is on screen is in the DOM) and pages of 100 are fetched as
 * the user scrolls towards them.
 */
export function ResourcesTable({
  datasetId,
  params,
  onEdit,
}: {
  datasetId: string
  params: ResourceListParams
  onEdit: (resource: Resource) => void
}) {
  const t = useMessages(resourceMessages)
  const lang = useLanguage()
  const typeLabel = useResourceTypeLabels()
  const query = useInfiniteQuery(resourceQueries.list(datasetId, params))
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const rows = useMemo(() => {
    // A resource uploaded meanwhile shifts the pages by one: never show it twice.
    const seen = new Set<string>()
    return (data?.pages ?? []).flatMap((page) =>
      page.data.filter((resource) => !seen.has(resource.id) && seen.add(resource.id)),
    )
  }, [data])
  const total = data?.pages[0]?.total ?? 0
  const count = hasNextPage ? Math.max(total, rows.length) : rows.length

  const scrollRef = useRef<HTMLDivElement>(null)
  // TanStack Virtual returns functions React Compiler cannot memoise; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    // Until the scroll area is measured (and in jsdom, where it never is), assume a screenful.
    initialRect: { width: 1000, height: 800 },
    estimateSize: () => rowHeight,
    overscan: 10,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? 0

  useEffect(() => {
    if (lastIndex >= rows.length - 20 && hasNextPage && !isFetchingNextPage) {
      void fetchNextPage()
    }
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage])

  if (query.isPending) return <LoadingState />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (count === 0) return <p className="fr-my-3w">{params.q ? t.noMatch : t.empty}</p>

  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <div className="fr-table fr-table--no-caption resources-table">
      {/* A focusable scroll area, so keyboard users can scroll it too (WCAG 2.1.1). */}
      <div
        ref={scrollRef}
        className="resources-table__scroll"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={t.tableScrollLabel}
        style={{ maxHeight: '70vh', overflow: 'auto' }}
      >
        <table aria-rowcount={count + 1} style={{ width: '100%', tableLayout: 'fixed' }}>
          <caption className="fr-sr-only">{t.tableCaption}</caption>
          <colgroup>
            <col style={{ width: '28%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '8%' }} />
            <col style={{ width: '9%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '12%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '9%' }} />
          </colgroup>
          <thead
            style={{
              position: 'sticky',
              top: 0,
              zIndex: 1,
              background: 'var(--background-default-grey)',
            }}
          >
            <tr aria-rowindex={1} style={{ textAlign: 'left' }}>
              <th scope="col">{t.colTitle}</th>
              <th scope="col">{t.colType}</th>
              <th scope="col">{t.colFormat}</th>
              <th scope="col">{t.colSize}</th>
              <th scope="col">{t.colModified}</th>
              <th scope="col">{t.colSchema}</th>
              <th scope="col">{t.colAvailability}</th>
              <th scope="col">
                <span className="fr-sr-only">{t.colActions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={8} style={{ height: paddingTop, padding: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const resource = rows[item.index]
              if (!resource) {
                return (
                  <tr key={`loading-${item.index}`} aria-rowindex={item.index + 2}>
                    <td colSpan={8} style={{ height: rowHeight }}>
                      {t.loadingMore}
                    </td>
                  </tr>
                )
              }
              return (
                <tr
                  key={resource.id}
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                >
                  <th scope="row" style={{ overflowWrap: 'anywhere', textAlign: 'left' }}>
                    {resource.title}
                    <span className="fr-hint-text">
                      {resource.filetype === 'remote' ? t.remote : t.hosted}
                    </span>
                  </th>
                  <td>{typeLabel(resource.type)}</td>
                  <td>{resource.format ? resource.format.toUpperCase() : '—'}</td>
                  <td>{formatSize(resource.filesize, lang)}</td>
                  <td>{formatDate(resource.last_modified, lang) ?? '—'}</td>
                  <td style={{ overflowWrap: 'anywhere' }}>{resource.schema?.name ?? '—'}</td>
                  <td>
                    <AvailabilityCell resource={resource} />
                  </td>
                  <td>
                    <Button
                      size="small"
                      priority="tertiary"
                      onClick={() => onEdit(resource)}
                      nativeButtonProps={{ 'aria-label': t.editResource(resource.title) }}
                    >
                      {t.edit}
                    </Button>
                  </td>
                </tr>
              )
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={8} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {isFetchingNextPage ? (
        <p role="status" className="fr-hint-text fr-mt-1w">
          {t.loadingMore}
        </p>
      ) : null}
    </div>
  )
}
