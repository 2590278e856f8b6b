import '@testing-library/jest-dom/vitest'
import { setLink } from '@codegouvfr/react-dsfr/link'
import { cleanup, configure } from '@testing-library/react'
import { Link } from 'react-router'
import { afterEach } from 'vitest'

// As main.tsx does through startReactDsfr: DSFR components' `linkProps={{ to }}` become router links.
// (main.tsx registers the Link type for the app; here the function's own type is used.)
setLink({ Link: Link as unknown as Parameters<typeof setLink>[0]['Link'] })

// Pages are lazy routes: their first import in a test run takes seconds on a busy machine (more
// than 5 s seen at a load average of 10 on 2 cores). Tests still fail within vitest's 20 s.
configure({ asyncUtilTimeout: 15_000 })

afterEach(() => {
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
})
