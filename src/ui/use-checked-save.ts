import { useState } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { changedFields } from './field-conflicts'
import { notify } from './notices'
import { useConflictResolution } from './use-conflict-resolution'

/** The object as the form knows it: its values in the form's shape, and the object itself. */
export type Known<V, S> = { values: V; server: S }

type Options<F extends string, V extends FieldValues & Record<F, unknown>, S> = {
  form: UseFormReturn<V>
  fields: readonly F[]
  same: (field: F, a: V, b: V) => boolean
  /** what the form was opened on */
  opened: Known<V, S>
  /** The object on the server now; null when it did not change since `since`. */
  read: (since: S) => Promise<Known<V, S> | null>
  /**
   * Sends the changed fields (a partial update, so the server's other changes stay) and
   * answers the saved object. `now` is the fresh read, when the object had changed.
   */
  write: (values: V, fields: F[], latest: S, now: Known<V, S> | null) => Promise<Known<V, S>>
  /** a failed read or write (see useShowSaveError) */
  onError: (error: unknown) => void
  messages: { saved: string; nothingChanged: string }
}

/**
 * Saving an edit form whose API takes partial updates (APIs, reuses, the organization profile):
 * only the changed fields are sent, and just before, the object is read again; when someone
 * else changed a field the user changed too, the conflict view lets the user choose instead of
 * overwriting (udata has no ETag, udata-api.md §8.4).
 */
export function useCheckedSave<F extends string, V extends FieldValues & Record<F, unknown>, S>({
  form,
  fields,
  same,
  opened,
  read,
  write,
  onError,
  messages,
}: Options<F, V, S>) {
  const [known, setKnown] = useState(opened)
  const [busy, setBusy] = useState(false)
  const conflicts = useConflictResolution<F, V, S, Known<V, S>>({
    form,
    fields,
    same,
    adopt: (server, values) => {
      const next = { server, values }
      setKnown(next)
      return next
    },
    save: (values, base) => void save(values, base),
  })

  const save = async (values: V, base: Known<V, S>) => {
    const changed = changedFields(fields, same, base.values, values)
    if (changed.length === 0) {
      notify({ kind: 'info', message: messages.nothingChanged })
      return
    }
    setBusy(true)
    try {
      const now = await read(base.server)
      if (now && conflicts.check(now.server, now.values, base.values, values)) return
      const saved = await write(values, changed, now?.server ?? base.server, now)
      setKnown(saved)
      conflicts.close()
      form.reset(saved.values)
      notify({ kind: 'success', message: messages.saved })
    } catch (error) {
      onError(error)
    } finally {
      setBusy(false)
    }
  }

  return {
    conflicts,
    busy,
    save: (values: V) => save(values, known),
  }
}

/** After udata's 400, the focus goes to the first field it named that takes the focus. */
export function focusFirstError<V extends FieldValues>(
  form: UseFormReturn<V>,
  fields: readonly Path<V>[],
) {
  const first = fields.find((field) => form.getFieldState(field).error)
  if (first) form.setFocus(first)
}
