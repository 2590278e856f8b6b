// The CSP allows no eval. Unless told not to, zod probes for it (`new Function`) when it builds
// its first object schema: a CSP violation on every page. Imported first by main.tsx, so that
// this runs before any module builds a schema. zod keeps its configuration in this global
// (created by zod if absent, `??=`), so zod itself is not imported here: it loads with the pages
// that use it, not on the first screen (its `config()` alone cost the entry 3.7 kB gzip).
// zod-jitless.test.ts checks that zod reads it.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
;(zodGlobal.__zod_globalConfig ??= {}).jitless = true
