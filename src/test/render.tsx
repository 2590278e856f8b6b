import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Providers } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'
import { appRoutes } from '@/app/router'

/** The app's own QueryClient rules, but no retries. */
function createTestQueryClient() {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  })
  return queryClient
}

/** Renders `ui` in the app's providers. */
export function renderWithProviders(ui: ReactNode, queryClient = createTestQueryClient()) {
  return { ...render(<Providers client={queryClient}>{ui}</Providers>), queryClient }
}

/** Renders the whole app at `route`, its loaders and pages sharing one client as in main.tsx. */
export function renderRoute(route: string) {
  const queryClient = createTestQueryClient()
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [route] })
  return { ...renderWithProviders(<RouterProvider router={router} />, queryClient), router }
}
