import { idOf } from '@/api/refs'
import type { DatasetBase, DatasetPut, Spatial } from './types'

/** What an edit may change; anything left out keeps the dataset's current value. */
export type DatasetChanges = Partial<Omit<DatasetPut, 'deleted'>> & {
  /** `null` restores a soft-deleted dataset. */
  deleted?: null
}

function spatialIds(spatial: Spatial | null): DatasetPut['spatial'] {
  if (!spatial) return null
  return {
    zones: (spatial.zones ?? []).map((zone) => (typeof zone === 'string' ? zone : zone.id)),
    granularity: idOf(spatial.granularity),
  }
}

/**
 * The values udata's PUT needs to keep what is on the server, read from a v1 or v2 dataset
 * (ids or full objects alike).
 */
export function currentPutValues(dataset: DatasetBase): DatasetPut {
  const values: DatasetPut = {
    title: dataset.title,
    acronym: dataset.acronym ?? null,
    description: dataset.description,
    description_short: dataset.description_short ?? null,
    tags: [...dataset.tags],
    // udata reads "notspecified" for none; sending it back keeps none.
    license: idOf(dataset.license) ?? 'notspecified',
    frequency: idOf(dataset.frequency) ?? 'unknown',
    frequency_date: dataset.frequency_date ?? null,
    temporal_coverage: dataset.temporal_coverage
      ? { start: dataset.temporal_coverage.start, end: dataset.temporal_coverage.end ?? null }
      : null,
    spatial: spatialIds(dataset.spatial),
    private: dataset.private,
    archived: dataset.archived ?? null,
  }
  // The access fields go back as read, so that no PUT can reset them (older portals and masked
  // answers lack them: then they stay absent, which keeps them too).
  if (dataset.access_type) values.access_type = dataset.access_type
  if (dataset.access_audiences)
    values.access_audiences = dataset.access_audiences.map(({ role, condition }) => ({
      role,
      condition,
    }))
  if (dataset.authorization_request_url !== undefined)
    values.authorization_request_url = dataset.authorization_request_url
  if (dataset.access_type_reason_category !== undefined)
    values.access_type_reason_category = dataset.access_type_reason_category
  if (dataset.access_type_reason !== undefined)
    values.access_type_reason = dataset.access_type_reason
  return values
}

/**
 * The full `PUT /api/1/datasets/{id}/` body for `changes` applied to `dataset`. Pure, so the
 * bulk engine builds the same body for each dataset it edits. udata's PUT is neither PUT nor
 * PATCH (udata-api.md §8.1), hence:
 * - `tags` and `temporal_coverage` are always sent (udata resets them when absent, udata#2468);
 * - `resources` is never sent (present means "replace every resource");
 * - license, frequency, zones, granularity and contact points go as ids, whatever the read shape;
 * - `contact_points` goes only when changed, and an emptied list goes as `null` (`[]` keeps them);
 * - `extras` goes only when changed (present replaces the whole dict, system keys such as `dcat`
 *   included: the form writes extras through the v2 extras endpoint instead, see extras-values.ts);
 * - the access fields are always sent as read (their reset rules differ between udata versions);
 * - `deleted: null` goes only to restore (a PUT on a deleted dataset is 410 without it);
 * - `organization`/`owner` are left out: absent keeps them, and changing them is a transfer.
 */
export function toDatasetPut(dataset: DatasetBase, changes: DatasetChanges = {}): DatasetPut {
  const body: DatasetPut = { ...currentPutValues(dataset) }
  for (const key of Object.keys(changes) as Array<keyof DatasetChanges>) {
    if (key === 'contact_points' || key === 'extras' || key === 'deleted') continue
    const value = changes[key]
    // Copied, so the caller's changes and the body never share arrays or objects.
    if (value !== undefined) Object.assign(body, { [key]: structuredClone(value) })
  }
  if (changes.contact_points !== undefined) {
    const ids = changes.contact_points ?? []
    body.contact_points = ids.length > 0 ? [...ids] : null
  }
  if (changes.extras !== undefined) body.extras = { ...changes.extras }
  if (changes.deleted === null) body.deleted = null
  return body
}
