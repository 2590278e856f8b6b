/** `access_type` → `AccessType`: how a message key spells an API code or field name. */
type Pascal<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>

const pascal = (code: string) =>
  code
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')

/**
 * The words for an API code or a form field, from a feature's messages: the key is the prefix
 * followed by the code in PascalCase (`codeLabel(t, 'field', 'access_type')` reads
 * `t.fieldAccessType`). The type checks that the messages have a key for every code, so a new
 * code without its words does not compile; no table to keep beside the messages.
 */
export function codeLabel<P extends string, C extends string>(
  messages: Record<`${P}${Pascal<C>}`, string>,
  prefix: P,
  code: C,
): string {
  return messages[`${prefix}${pascal(code)}` as `${P}${Pascal<C>}`]
}

type SortKey<S extends string> = S extends `-${infer Field}`
  ? `sort${Pascal<Field>}Desc`
  : `sort${Pascal<S>}Asc`

/** The words for a list's sort order (`-created` reads `t.sortCreatedDesc`), as codeLabel. */
export function sortLabel<S extends string>(messages: Record<SortKey<S>, string>, sort: S): string {
  const key = sort.startsWith('-') ? `sort${pascal(sort.slice(1))}Desc` : `sort${pascal(sort)}Asc`
  return messages[key as SortKey<S>]
}
