/**
 * Reference lists (licences, frequencies, granularities, reuse types and topics, report
 * reasons, reason categories, resource types, schemas, roles, harvest backends…) change with a
 * udata release or a deployment, not during a session: read once, kept for the session.
 */
export const referenceStaleTime = Infinity

/**
 * Keys of the lists no domain owns: a domain of their own, which no write refreshes. Labels
 * come translated with `?lang=`, so the language, when sent, is the last part of the key.
 */
export const referenceQueries = {
  all: () => ['reference'] as const,
  of: (...parts: string[]) => [...referenceQueries.all(), ...parts] as const,
}
