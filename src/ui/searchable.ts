/**
 * Whether a search-as-you-type query is long enough to send: two characters, since one letter
 * matches too much to be worth a request. Every suggest and picker query holds it, and the fields that feed them.
 */
export const isSearchable = (q: string) => q.trim().length >= 2
