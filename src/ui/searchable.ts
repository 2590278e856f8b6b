/**
 * Whether a search-as-you-type query is long enough to send: two characters, since one letter
 * matches too much to be worth a request. The pickers' queries and their fields share it.
 */
export const isSearchable = (q: string) => q.trim().length >= 2
