export type SearchParamValue = string | number | boolean | null | undefined | readonly string[]

/** Query parameters as udata reads them: arrays become repeated keys (`tag=a&tag=b`). */
export function toSearchParams(params: Record<string, SearchParamValue>): URLSearchParams {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value))
      for (const item of value as readonly string[]) search.append(key, item)
    else search.set(key, String(value))
  }
  return search
}
