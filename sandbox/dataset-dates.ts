// A dataset's dates on a write, as udata keeps them (udata-api-admin.md §6.4, udata-api.md §5.1).
import type { DatasetDoc } from './types.ts'

/**
 * Every API write (v1 PUT, DELETE, any resource change) bumps `internal.last_modified_internal`.
 * `last_modified` follows it, except on a harvested dataset: udata then answers the remote
 * catalogue's `harvest.modified_at`, so another client's edit leaves it frozen and only the
 * internal date tells a client that the dataset changed.
 */
export function touchDataset(ds: DatasetDoc, now: string): void {
  ds.last_modified_internal = now
  const remote = ds.harvest?.modified_at
  ds.last_modified = typeof remote === 'string' ? remote : now
}
