import { changedFields, clashingFields, diffFieldConflicts } from '@/ui/field-conflicts'

/**
 * A form's two comparisons, as its save makes them: the fields it sends (`changed`), and the
 * fields both sides changed differently, where the conflict check (useCheckedSave) stops
 * (`findConflicts`).
 */
export function formDiff<F extends string, V extends Record<F, unknown>>(
  fields: readonly F[],
  same: (field: F, a: V, b: V) => boolean,
) {
  return {
    changed: (from: V, to: V) => changedFields(fields, same, from, to),
    findConflicts: (base: V, mine: V, server: V) =>
      clashingFields(diffFieldConflicts(fields, same, base, server, mine)),
  }
}
