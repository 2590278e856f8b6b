import { parseUdataDate } from '@/ui/dates'

/**
 * udata's `UpdateFrequency.delta`, in days (udata/core/dataset/constants.py): the API lists
 * frequencies without it. Frequencies without a delta (punctual, irregular, unknown…) never make
 * a dataset late. Sub-daily ones count as daily: udata's own check allows a day anyway.
 */
const deltaDays: Readonly<Record<string, number>> = {
  oneMinute: 1,
  fiveMinutes: 1,
  tenMinutes: 1,
  fifteenMinutes: 1,
  thirtyMinutes: 1,
  hourly: 1,
  bihourly: 1,
  trihourly: 1,
  twelveHours: 1,
  severalTimesADay: 1,
  threeTimesADay: 1,
  semidaily: 1,
  daily: 1,
  fiveTimesAWeek: 2,
  threeTimesAWeek: 3,
  semiweekly: 4,
  weekly: 7,
  biweekly: 14,
  threeTimesAMonth: 10,
  semimonthly: 15,
  monthly: 31,
  bimonthly: 62,
  quarterly: 93,
  threeTimesAYear: 124,
  semiannual: 186,
  annual: 365,
  biennial: 730,
  triennial: 1095,
  quadrennial: 1460,
  quinquennial: 1825,
  decennial: 3650,
  bidecennial: 7300,
  tridecennial: 10950,
}

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
  const delta = deltaDays[dataset.frequency]
  const lastUpdate = parseUdataDate(dataset.last_update)?.getTime()
  const byFrequency =
    delta !== undefined && lastUpdate !== undefined ? lastUpdate + delta * dayMs : null
  const byDate = parseUdataDate(dataset.frequency_date)?.getTime() ?? null
  if (byFrequency === null) return byDate
  return byDate === null ? byFrequency : Math.min(byFrequency, byDate)
}
