/**
 * udata's `UpdateFrequency.delta` in days (udata/core/dataset/constants.py), which the API does not
 * list. Frequencies without a delta (punctual, irregular, unknown…) are absent: they never make a
 * dataset late. Sub-daily ones count as daily, since udata's own check allows a day anyway.
 * One table for the console's health report and the sandbox's `quality`, which both copy udata.
 * It imports nothing, so the sandbox can import it by path.
 */
export const frequencyDeltaDays: Readonly<Record<string, number>> = {
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
