import { config } from 'zod/v4/core'

// The CSP allows no eval. Unless told not to, zod probes for it (`new Function`) when it builds
// its first object schema: a CSP violation on every page. Imported first by main.tsx, so that
// this runs before any module builds a schema. Only zod's config is imported here: zod itself
// loads with the pages that use it, not on the first screen.
config({ jitless: true })
