import { useState } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import {
  diffFieldConflicts,
  hasClash,
  resolveChoices,
  type ConflictChoices,
  type FieldConflict,
} from './field-conflicts'

type OpenConflict<F extends string, V extends Record<F, unknown>, S> = {
  /** the object as the server has it now, and in the form's shape */
  server: S
  values: V
  fields: FieldConflict<F, V>[]
}

type Options<F extends string, V extends FieldValues & Record<F, unknown>, S, B> = {
  form: UseFormReturn<V>
  fields: readonly F[]
  same: (field: F, a: V, b: V) => boolean
  /** The server's copy becomes what the form was "opened on"; returns that new baseline. */
  adopt: (server: S, values: V) => B
  /** Saves the resolved values against the baseline `adopt` returned (re-checked on the way). */
  save: (values: V, base: B) => void
  /**
   * Whether the comparison needs the user. By default only when a field changed on both sides:
   * a save that sends only the changed fields leaves the server's other changes alone.
   */
  needsUser?: (conflicts: readonly FieldConflict<F, V>[]) => boolean
}

/**
 * The three-way conflict flow every edit form shares (datasets, APIs, reuses, the organization
 * profile): `check` compares what the form opened on, the server's copy and the user's values,
 * and opens the conflict view when the user must choose; `viewProps` drives <ConflictView>.
 * Whatever the user picks, the server's copy becomes the baseline and the kept values stay edits.
 */
export function useConflictResolution<
  F extends string,
  V extends FieldValues & Record<F, unknown>,
  S,
  B,
>({ form, fields, same, adopt, save, needsUser = hasClash }: Options<F, V, S, B>) {
  const [conflict, setConflict] = useState<OpenConflict<F, V, S> | null>(null)

  /** Opens the conflict view when needed; true when it did (the caller does not save then). */
  const check = (server: S, serverValues: V, loaded: V, mine: V): boolean => {
    const found = diffFieldConflicts(fields, same, loaded, serverValues, mine)
    if (found.length === 0 || !needsUser(found)) return false
    setConflict({ server, values: serverValues, fields: found })
    return true
  }

  const adoptServer = (open: OpenConflict<F, V, S>) => {
    const base = adopt(open.server, open.values)
    form.reset(open.values)
    setConflict(null)
    return base
  }

  /** Back to the form on the server's copy, with the values the user kept as unsaved edits. */
  const apply = (open: OpenConflict<F, V, S>, choices: ConflictChoices<F>) => {
    const resolved = resolveChoices(fields, open.values, form.getValues(), choices)
    const base = adoptServer(open)
    for (const field of fields)
      if (!same(field, open.values, resolved))
        form.setValue(field as string as Path<V>, resolved[field], {
          shouldDirty: true,
        })
    return { resolved, base }
  }

  const viewProps = conflict
    ? {
        conflicts: conflict.fields,
        onResolve: (choices: ConflictChoices<F>) => {
          const { resolved, base } = apply(conflict, choices)
          save(resolved, base)
        },
        onApply: (choices: ConflictChoices<F>) => void apply(conflict, choices),
        onCancel: () => setConflict(null),
        onReload: () => void adoptServer(conflict),
      }
    : null

  return { conflict, check, close: () => setConflict(null), viewProps }
}
