import { Button } from '@codegouvfr/react-dsfr/Button'

/** "Load more" under a list read page by page (an infinite query), while there is more. */
export function LoadMore({
  list,
  label,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }
  label: string
}) {
  if (!list.hasNextPage) return null
  return (
    <Button
      priority="secondary"
      disabled={list.isFetchingNextPage}
      onClick={() => void list.fetchNextPage()}
    >
      {label}
    </Button>
  )
}
