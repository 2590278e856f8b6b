import './app/zod-jitless'
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Link, RouterProvider } from 'react-router'
import { ConnectSrcLock } from './app/connect-src-lock'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { createAppRouter } from './app/router'
import { languageReady } from './i18n/messages'

startReactDsfr({ defaultColorScheme: 'light', Link })

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link
  }
}

// One client for the routes' loaders and the pages: a loader's request is the page's request.
// The router starts the first URL's loaders as it is created, before React renders.
const queryClient = createQueryClient()
const router = createAppRouter(queryClient)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
// A page in English renders once the shell's English has come (the loaders' requests are
// already out); in French, at once. What does not come shows in French.
void languageReady().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={queryClient}>
        <ConnectSrcLock />
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
)
