import { frequencyDeltaDays } from '@/api/update-frequencies'
import { parseUdataDate } from '@/ui/dates'

export const dayMs = 86_400_000

/**
 * When the dataset should have been updated by, or null when nothing says so: the last update
 * plus the declared frequency's delta, or the declared next update (`frequency_date`), whichever
 * came first.
 */
export function updateDueAt(dataset: {
  frequency: string
  frequency_date: string | null
  last_update: string | null
}): number | null {
  const delta = frequencyDeltaDays[dataset.frequency]
  const lastUpdate = parseUdataDate(dataset.last_update)?.getTime()
  const byFrequency =
    delta !== undefined && lastUpdate !== undefined ? lastUpdate + delta * dayMs : null
  const byDate = parseUdataDate(dataset.frequency_date)?.getTime() ?? null
  if (byFrequency === null) return byDate
  return byDate === null ? byFrequency : Math.min(byFrequency, byDate)
}
