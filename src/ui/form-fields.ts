/**
 * A form's fields, in the order of its empty values: the one list the conflict check, the
 * mapping of udata's 400s and the focus order read, so a field added to the values is in it.
 */
export function formFields<V extends object>(empty: V) {
  return Object.keys(empty) as (keyof V & string)[]
}
