import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useLanguage } from '@/i18n/language'
import { resourceQueries } from './queries'

export function useResourceTypeLabels(): (id: string) => string {
  const lang = useLanguage()
  const types = useQuery(resourceQueries.types(lang))
  return useMemo(() => {
    const labels = new Map(types.data?.map((type) => [type.id, type.label]))
    return (id: string) => labels.get(id) ?? id
  }, [types.data])
}
