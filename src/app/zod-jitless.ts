import { z } from 'zod'

// The CSP allows no eval. Unless told not to, zod probes for it (`new Function`) when it builds
// its first object schema: a CSP violation on every page. Imported first by main.tsx, so that
// this runs before any module builds a schema.
z.config({ jitless: true })
