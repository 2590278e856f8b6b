import '@testing-library/jest-dom/vitest'
import { setLink } from '@codegouvfr/react-dsfr/link'
import { cleanup, configure } from '@testing-library/react'
import { Link } from 'react-router'
import { afterEach } from 'vitest'
import { loadAllEnglish } from '@/i18n/messages'

// As main.tsx does through startReactDsfr: DSFR components' `linkProps={{ to }}` become router links.
// (main.tsx registers the Link type for the app; here the function's own type is used.)
setLink({ Link: Link as unknown as Parameters<typeof setLink>[0]['Link'] })

// Pages are lazy routes: their first import in a test run takes seconds on a busy machine (more
// than 5 s seen at a load average of 10 on 2 cores). Tests still fail within vitest's 20 s.
configure({ asyncUtilTimeout: 15_000 })

// In the app each catalogue's English is a chunk loaded on demand (i18n/messages.ts, tested
// there); tests read both languages synchronously, so every catalogue is evaluated (each English
// file's catalogue is the module beside it, which registers itself) and its English loaded here.
await Promise.all(
  Object.keys(import.meta.glob('/src/**/*.en.ts')).map(
    (english) => import(/* @vite-ignore */ english.replace(/\.en\.ts$/, '.ts')),
  ),
)
await loadAllEnglish()

afterEach(() => {
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
})
