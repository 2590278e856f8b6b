import { useState } from 'react'

/** A long list shown `step` rows at a time, with "show more". */
export function useShownRows<Row>(rows: readonly Row[], step = 50) {
  const [shown, setShown] = useState(step)
  return {
    visible: rows.slice(0, shown),
    /** how many the next "show more" adds, 0 when all are shown */
    next: Math.max(0, Math.min(step, rows.length - shown)),
    hidden: Math.max(0, rows.length - shown),
    showMore: () => setShown(shown + step),
  }
}
