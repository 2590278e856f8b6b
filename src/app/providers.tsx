import { setUseLang } from '@codegouvfr/react-dsfr/spa'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useLanguage } from '@/i18n/language'
import { createQueryClient } from './query-client'

// DSFR's own labels (footer, menus, alerts' close button) follow the console's language.
setUseLang({ useLang: useLanguage })

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient())
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
