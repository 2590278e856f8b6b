// Three-way comparison behind every conflict view: the form as loaded, the server's object now,
// and the user's edits (udata has no ETag, so the console detects concurrent edits itself).

export type ConflictChoice = 'mine' | 'server'
export type ConflictChoices<F extends string> = Partial<Record<F, ConflictChoice>>

type ConflictKind = 'both' | 'server' | 'mine'

/**
 * One row of a conflict view. `both`: the user and the server changed the field differently
 * (the user must choose); `server`: only the server changed it; `mine`: only the user did.
 */
export type FieldConflict<F extends string, V extends Record<F, unknown>> = {
  field: F
  kind: ConflictKind
  loaded: V[F]
  server: V[F]
  mine: V[F]
}

/** The fields whose values differ between `from` and `to` (what a partial save sends). */
export function changedFields<F extends string, V>(
  fields: readonly F[],
  same: (field: F, a: V, b: V) => boolean,
  from: V,
  to: V,
): F[] {
  return fields.filter((field) => !same(field, from, to))
}

/** Fields where the user and the server agree are not conflicts. */
export function diffFieldConflicts<F extends string, V extends Record<F, unknown>>(
  fields: readonly F[],
  same: (field: F, a: V, b: V) => boolean,
  loaded: V,
  server: V,
  mine: V,
): FieldConflict<F, V>[] {
  return fields.flatMap((field): FieldConflict<F, V>[] => {
    const byServer = !same(field, loaded, server)
    const byMe = !same(field, loaded, mine)
    if (!byServer && !byMe) return []
    if (byServer && byMe && same(field, server, mine)) return []
    const kind = byServer && byMe ? 'both' : byServer ? 'server' : 'mine'
    return [{ field, kind, loaded: loaded[field], server: server[field], mine: mine[field] }]
  })
}

/** The default choice: each side keeps its own change; a real clash waits for the user. */
export function defaultChoices<F extends string>(
  conflicts: readonly { field: F; kind: ConflictKind }[],
): ConflictChoices<F> {
  const choices: ConflictChoices<F> = {}
  for (const conflict of conflicts) {
    if (conflict.kind === 'server') choices[conflict.field] = 'server'
    if (conflict.kind === 'mine') choices[conflict.field] = 'mine'
  }
  return choices
}

/** A field changed on both sides to different values: the user has to choose. */
export function hasClash(conflicts: readonly { kind: ConflictKind }[]): boolean {
  return conflicts.some((conflict) => conflict.kind === 'both')
}

/** The fields changed on both sides to different values. */
export function clashingFields<F extends string>(
  conflicts: readonly { field: F; kind: ConflictKind }[],
): F[] {
  return conflicts.filter((conflict) => conflict.kind === 'both').map((conflict) => conflict.field)
}

/** The view's shortcuts: every clash decided the same way, the other fields as by default. */
export function chooseAll<F extends string>(
  conflicts: readonly { field: F; kind: ConflictKind }[],
  choice: ConflictChoice,
): ConflictChoices<F> {
  const choices = defaultChoices(conflicts)
  for (const conflict of conflicts) if (conflict.kind === 'both') choices[conflict.field] = choice
  return choices
}

export function allChosen<F extends string>(
  conflicts: readonly { field: F }[],
  choices: ConflictChoices<F>,
): boolean {
  return conflicts.every((conflict) => choices[conflict.field] !== undefined)
}

/**
 * The values to save once the user chose: the server's current values, with the user's value
 * for every field they chose to keep. The server's state becomes the new "loaded" baseline.
 */
export function resolveChoices<F extends string, V extends Record<F, unknown>>(
  fields: readonly F[],
  server: V,
  mine: V,
  choices: ConflictChoices<F>,
): V {
  const resolved: V = { ...server }
  for (const field of fields) if (choices[field] === 'mine') resolved[field] = mine[field]
  return resolved
}
