import type { AriaAttributes, Key, ReactNode } from 'react'
import './data-table.css'

/** A header cell needing more than a label: its own key, class or sort state. */
export type DataTableColumn = {
  key: Key
  label: ReactNode
  className?: string
  sort?: AriaAttributes['aria-sort']
}

export type DataTableProps<Row> = {
  /** The table's accessible name; every console table hides it visually. */
  caption: ReactNode
  /** `fr-sr-only` where the wrapper does not carry `fr-table--no-caption`. */
  captionClassName?: string
  /** DSFR modifiers and the page's own classes, after `fr-table`. */
  className?: string
  /** The rows shown are the previous page's while the next one loads: faded, and aria-busy. */
  busy?: boolean
  /** Header cells, in order; a plain label is keyed by its position. */
  columns: readonly (string | DataTableColumn)[]
  rows: readonly Row[]
  /** One `<tr>` per row, keyed by the caller. */
  renderRow: (row: Row, index: number) => ReactNode
  /** Shown instead of the table when there are no rows; without it the table stays, empty. */
  empty?: ReactNode
}

/** The DSFR table markup (wrapper, container, content, caption, header row) around the rows. */
export function DataTable<Row>({
  caption,
  captionClassName,
  className,
  busy,
  columns,
  rows,
  renderRow,
  empty,
}: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>
  return (
    <div className={className ? `fr-table ${className}` : 'fr-table'} aria-busy={busy}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption className={captionClassName}>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((column, index) =>
                    typeof column === 'string' ? (
                      <th key={index} scope="col">
                        {column}
                      </th>
                    ) : (
                      <th
                        key={column.key}
                        scope="col"
                        className={column.className}
                        aria-sort={column.sort}
                      >
                        {column.label}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>{rows.map(renderRow)}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  )
}
