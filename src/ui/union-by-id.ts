/** `first`, then those of `second` that are not among them (by id). */
export function unionById<T extends { id: string }>(
  first: readonly T[],
  second: readonly T[],
): T[] {
  return [...first, ...second.filter((item) => !first.some((other) => other.id === item.id))]
}
