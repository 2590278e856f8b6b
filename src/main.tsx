import './app/zod-jitless'
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Link, RouterProvider } from 'react-router'
import { ConnectSrcLock } from './app/connect-src-lock'
import { Providers } from './app/providers'
import { router } from './app/router'

startReactDsfr({ defaultColorScheme: 'light', Link })

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <Providers>
      <ConnectSrcLock />
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
)
