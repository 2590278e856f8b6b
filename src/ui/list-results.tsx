import type { ReactNode } from 'react'
import type { PaginatedArray } from '@/api/pagination'
import { DataTable, type DataTableProps } from './data-table'
import { PageGoneNotice } from './page-gone-notice'
import { Pagination } from './pagination'
import { ErrorState, LoadingState } from './query-state'

type PageEnvelope = Omit<PaginatedArray<unknown>, 'data'>

type ListResultsProps<Page> = {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }
  /** The page shown, in udata's envelope; undefined until it is in. */
  page: Page | undefined
  /** A vanished page is being replaced by the last one: loading, not the error. */
  recovering?: boolean
  /** The results line (a count), read out when it changes. */
  status?: ReactNode
  hrefForPage: (page: number) => string
  children: (page: Page) => ReactNode
}

/**
 * What every list shows below its filters: loading, the error with a retry, or the page (its
 * results line, the rows, the pagination when there is anything to page through), with the
 * notice of `useLastPageWhenGone` above it.
 */
export function ListResults<Page extends PageEnvelope>({
  query,
  page,
  recovering = false,
  status,
  hrefForPage,
  children,
}: ListResultsProps<Page>) {
  if (query.isPending || recovering || (!query.isError && !page)) return <LoadingState />
  if (query.isError || !page)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  return (
    <>
      <PageGoneNotice />
      {status === undefined ? null : (
        <p role="status" className="fr-mb-1w">
          {status}
        </p>
      )}
      {children(page)}
      {page.total > 0 ? <Pagination list={page} hrefForPage={hrefForPage} /> : null}
    </>
  )
}

/**
 * `ListResults` around the console's plain list table: the page's rows (or `rows`, when some
 * are hidden here), faded while the next page loads.
 */
export function ListTable<Row>({
  rows,
  busy,
  caption,
  columns,
  renderRow,
  empty,
  ...results
}: Omit<ListResultsProps<PaginatedArray<Row>>, 'children'> &
  Pick<DataTableProps<Row>, 'caption' | 'columns' | 'renderRow' | 'empty' | 'busy'> & {
    rows?: readonly Row[]
  }) {
  return (
    <ListResults {...results}>
      {(page) => (
        <DataTable
          caption={caption}
          className="fr-table--no-caption fr-table--multiline"
          busy={busy}
          columns={columns}
          rows={rows ?? page.data}
          empty={empty}
          renderRow={renderRow}
        />
      )}
    </ListResults>
  )
}
