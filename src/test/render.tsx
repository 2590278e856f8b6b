import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Providers } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'
import { routes } from '@/app/router'

/** Renders `ui` in the app's providers, with the app's own QueryClient rules but no retries. */
export function renderWithProviders(ui: ReactNode) {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  })
  return { ...render(<Providers client={queryClient}>{ui}</Providers>), queryClient }
}

/** Renders the whole app at `route`. */
export function renderRoute(route: string) {
  const router = createMemoryRouter(routes, { initialEntries: [route] })
  return { ...renderWithProviders(<RouterProvider router={router} />), router }
}
