// A dataset's `quality` object as udata computes it (udata/core/dataset/models.py
// `Dataset.quality` and `compute_quality_score`; udata-api-admin.md §6.5), from the dataset's own
// fields and resources. udata caches most of it at save time and recomputes
// `update_fulfilled_in_time` and `score` at read; the sandbox computes everything at read, which
// gives the same answers because every write goes through the same fields.
import { frequencyDeltaDays } from '../src/api/update-frequencies.ts'
import type { DatasetDoc, ResourceDoc } from './types.ts'
import { parseDate } from './util.ts'

const DAY = 86_400_000

/** udata's `QUALITY_DESCRIPTION_LENGTH`: a description must be longer than this. */
const QUALITY_DESCRIPTION_LENGTH = 100

/** Formats udata does not count as open (`CLOSED_FORMATS`). */
const CLOSED_FORMATS = new Set(['pdf', 'doc', 'docx', 'word', 'xls', 'excel', 'xlsx'])

type Quality = Record<string, boolean | number>

/**
 * The last moment at which the dataset is still updated in time (udata: the last update plus the
 * frequency's delta is no more than a day ago), or null when it cannot be late.
 */
function updateDueAt(ds: DatasetDoc): number | null {
  if (ds.frequency === 'unknown') return null
  const delta = frequencyDeltaDays[ds.frequency]
  const lastUpdate = parseDate(ds.last_update)
  return delta === undefined || lastUpdate === null ? null : lastUpdate + (delta + 1) * DAY
}

/**
 * Until when `datasetQuality(ds, …, now)` gives what it gives at `now` (for the same dataset
 * and resources): only `update_fulfilled_in_time` depends on the time, and only from true to false.
 */
export function qualityFixedUntil(ds: DatasetDoc, now: number): number {
  const due = updateDueAt(ds)
  return due !== null && now <= due ? due : Infinity
}

export function datasetQuality(ds: DatasetDoc, resources: readonly ResourceDoc[], now: number) {
  const q: Quality = {
    dataset_description_quality: ds.description.length > QUALITY_DESCRIPTION_LENGTH,
    has_resources: resources.length > 0,
    // udata reads a missing licence as "notspecified", which is not a licence for quality
    license: ds.license !== null && ds.license !== 'notspecified',
    spatial: ds.spatial !== null && (ds.spatial.zones.length > 0 || ds.spatial.geom !== null),
    temporal_coverage: ds.temporal_coverage !== null,
    update_frequency: ds.frequency !== 'unknown',
  }
  if (ds.frequency !== 'unknown') {
    const due = updateDueAt(ds)
    q.update_fulfilled_in_time = due === null || now <= due
  }
  if (resources.length > 0) {
    // only remote resources count, and a never-checked one ("unknown") counts as available
    q.all_resources_available = resources.every(
      (r) => r.filetype !== 'remote' || r.extras['check:available'] !== false,
    )
    q.has_open_format = resources.some((r) => r.format !== null && !CLOSED_FORMATS.has(r.format))
    q.resources_documentation = resources.some(
      (r) => r.type === 'documentation' || (r.description ?? '').length > 0,
    )
  }
  const scored = [
    'dataset_description_quality',
    'resources_documentation',
    'license',
    'update_frequency',
    'update_fulfilled_in_time',
    'temporal_coverage',
    'spatial',
    'all_resources_available',
    'has_open_format',
  ]
  // a sum of ninths, as udata adds `UNIT = 1 / 9` per criterion met
  q.score = scored.filter((key) => q[key] === true).length / scored.length
  return Object.fromEntries(Object.entries(q).sort(([a], [b]) => a.localeCompare(b)))
}
