// What react-dsfr's start gets when it imports DSFR's script in the production build (see
// scripts/dsfr-deferred-script.ts): the same script, once the app releases it. It must stay out
// of the chunks the pages import (src/app is not in the first-screen chunk): its top-level await
// would hold every importer until the release.
import { dsfrScriptReleased } from './dsfr-script-gate'

await dsfrScriptReleased
// @ts-expect-error: DSFR's script has no types; it registers itself on `window.dsfr`.
await import('@codegouvfr/react-dsfr/dsfr/dsfr.module')
