import type { ReactNode } from 'react'

/** A form grid's column widths, out of 12 from the md breakpoint (full width below). */
export type GridColumn = 4 | 6 | 8 | 12

/** `field` in a column of the DSFR grid when a width is given, else as it is. */
export function inColumn(column: GridColumn | undefined, field: ReactNode) {
  return column ? <div className={`fr-col-12 fr-col-md-${column}`}>{field}</div> : field
}
